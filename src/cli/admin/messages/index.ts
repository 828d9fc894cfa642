/** The admin command line's catalogue for a language, and which language the operator reads. */
import type { CliLanguage, CliMessages } from './catalogue.ts';
import { en } from './en.ts';
import { id } from './id.ts';

export type { CliLanguage, CliMessages };

export function cliMessagesFor(language: CliLanguage): CliMessages {
  return language === 'en' ? en : id;
}

/** Indonesian unless the environment's LANG asks for English (en_US.UTF-8, en, …). */
export function languageFromEnv(lang: string | undefined): CliLanguage {
  return lang?.toLowerCase().startsWith('en') ? 'en' : 'id';
}

