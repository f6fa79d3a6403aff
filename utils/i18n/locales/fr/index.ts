/** The fr table: every area of ../en, translated. */
import { common } from './common';
import { format } from './format';

export const fr = { ...common, ...format } as const;
