// The catalogue of a language.
import type { BriefingLanguage } from '../types.ts';
import { en } from './en.ts';
import type { Catalogue } from './types.ts';
import { zhCN } from './zh-CN.ts';

export type { Catalogue } from './types.ts';

const CATALOGUES: Readonly<Record<BriefingLanguage, Catalogue>> = { 'zh-CN': zhCN, en };

export const catalogueOf = (language: BriefingLanguage): Catalogue => CATALOGUES[language];
