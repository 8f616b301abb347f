/**
 * The kit's text helpers under their former name, for the screens not yet moved onto `../kit` (« Factures
 * de travaux »). New code imports from `../kit`.
 */
export { demoEvent, formatSiret } from '../kit';
