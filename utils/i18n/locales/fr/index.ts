/** The fr table: every area of ../en, translated. */
import { common } from './common';

export const fr = { ...common } as const;
