import type { Translation } from '../index';
import type { options as en } from '../en/options';

export const options: Translation<typeof en> = {};
