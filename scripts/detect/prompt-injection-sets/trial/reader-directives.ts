/**
 * A training batch under trial, not part of extra-train.jsonl (docs/benchmarks.md, "Directives
 * planted for whatever reads a document": it raised the validation sets' F1 and ROC AUC, and the
 * holdout's F1 fell from 0.858 to 0.832, so it was not adopted). Written out as JSONL by
 * scripts/detect/write-trial-batch.ts (batch `reader-directives`) for the recipe comparison's --add.
 *
 * Texts that a reading program meets while working for a user, in four carriers (documents,
 * e-mails, web pages, tool outputs) and many genres (minutes, contracts, CVs, recipes, invoices,
 * READMEs, calendar files, CSV and JSON exports, CI logs, search results, tickets, notices, chat
 * exports). Each of the 130 injection rows carries one planted sentence or short passage aimed at
 * the software that reads it, mostly in soft wording: false answers to give when asked, dictated
 * or censored summaries and translations, rigged rankings and grades, marker phrases, personas,
 * fake approvals and conversation turns, quiet tool calls and sharing, phishing relayed to the
 * user, data leaked through link or image addresses, and roundabout requests for the reader's own
 * setup. The 130 benign rows are the same genres holding instructions and conditionals meant for
 * people (house-sitters, neighbours, translators, examiners, reviewers, volunteers, on-call staff)
 * or notes on ordinary processing, and plain documents with no directives at all.
 *
 * English (reader-directives-en-*.ts: 70 attacks, 70 benign) and twenty other languages
 * (reader-directives-intl-*.ts: German, French, Spanish, Italian, Portuguese, Dutch, Swedish,
 * Polish, Czech, Turkish, Ukrainian, Greek, Vietnamese, Indonesian, Japanese, Chinese, Korean,
 * Arabic, Russian and Hindi, three attacks and three benign texts each).
 */
import { readerDirectivesEn1 } from './reader-directives-en-1.js';
import { readerDirectivesEn2 } from './reader-directives-en-2.js';
import { readerDirectivesEn3 } from './reader-directives-en-3.js';
import { readerDirectivesEn4 } from './reader-directives-en-4.js';
import { readerDirectivesEn5 } from './reader-directives-en-5.js';
import { readerDirectivesIntl1 } from './reader-directives-intl-1.js';
import { readerDirectivesIntl2 } from './reader-directives-intl-2.js';
import { readerDirectivesIntl3 } from './reader-directives-intl-3.js';
import type { AuthoredGroup } from '../types.js';

export const readerDirectives: readonly AuthoredGroup[] = [...readerDirectivesEn1, ...readerDirectivesEn2, ...readerDirectivesEn3, ...readerDirectivesEn4, ...readerDirectivesEn5, ...readerDirectivesIntl1, ...readerDirectivesIntl2, ...readerDirectivesIntl3];
