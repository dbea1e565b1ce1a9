/**
 * The control part's library API, for the CLI, the admin API and incident playbooks: set a
 * model's control, read the controls in force, list and decide held answers.
 */
export { createControlPart } from './part.js';
export { setModelControl, announceControlChange, controlChannel, controlStates, type ControlActor, type ControlBus, type ControlChangeResult } from './set-control.js';
export { controlStatus, controlWarnings, type ModelStatus } from './status.js';
export { checkServed, checkSubject, configuredNames, reachesPredictRoute, routesServing } from './names.js';
export { checkReviewId, decideReview, listReviews, pollAnswer, pollPath, reviewIdPattern, showItem, statusAt } from './review-queue.js';
