/**
 * The screen kit under its former name, for the screens not yet moved onto `../kit` (« Factures de
 * travaux »). New code imports from `../kit`.
 */
export { Block, Button, FieldErrors, Form, GeneralErrors, isHighlighted, Mark, NeedsLogin, Notice, Screen, SelectField, TextField } from '../kit';
