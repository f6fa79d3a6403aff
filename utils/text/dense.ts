/**
 * Characters of the scripts that write no spaces between words and say in one character what
 * alphabets say in about three (kana, Han, Hangul): prose lengths and word counts weigh them.
 */
export const DENSE = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]/gu;
