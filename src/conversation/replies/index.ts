import type { Catalogue, Language } from './catalogue.ts';
import { en } from './en.ts';
import { id } from './id.ts';

export type { Catalogue, Language };

const catalogues: Record<Language, Catalogue> = { id, en };

export function repliesFor(language: Language): Catalogue {
  return catalogues[language];
}
