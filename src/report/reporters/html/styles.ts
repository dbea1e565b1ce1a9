import { baseStyles } from './styles/base.js';
import { summaryStyles } from './styles/summary.js';
import { detailStyles } from './styles/detail.js';
import { mediaStyles } from './styles/media.js';

/**
 * The stylesheet of the HTML report, inlined into the page (the CSP allows inline styles and
 * nothing else). System fonts only: the report must not load anything.
 */
export const styles = baseStyles + summaryStyles + detailStyles + mediaStyles;
