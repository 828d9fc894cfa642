/**
 * A database id from the address or a form field, read one way by every console route (the
 * reader lives in core, so a service reading a form's id field reads it the same way).
 */
export { idOf } from '../core/ids.ts';
