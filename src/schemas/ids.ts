import { z } from 'zod';

/** Shape of every stable id written in the content: lower-case letters, digits and single hyphens. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A stable tracking id. It keys the learner's saved progress, so it is never derived from order. */
export const idSchema = z
  .string()
  .regex(ID_PATTERN, { message: 'must be lower-case letters, digits and single hyphens (e.g. "m1-modes-acces")' });
