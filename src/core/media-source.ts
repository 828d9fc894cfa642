/**
 * A member's voice note or photo fetched back from her platform, for the console's help
 * inbox to play or show (src/web/inbox-routes.ts). Each channel adapter implements it for its
 * own platform from what the media flow kept (`media_messages.ref`): the console knows no
 * platform, an adapter knows no console.
 */
import type { Platform } from './messages.ts';

export interface MediaFile {
  bytes: Uint8Array<ArrayBuffer>;
  /** As the platform or the stored message says; the caller falls back on the kind's default. */
  contentType: string | null;
}

export interface MediaSource {
  readonly platform: Platform;
  /** The file, or undefined when the platform no longer has it (expired, deleted). Throws when unreachable (try later). */
  fetchMedia(ref: string): Promise<MediaFile | undefined>;
}

/** The media sources of a deployment, by platform; a platform missing here: nothing to play. */
export type MediaSources = Partial<Record<Platform, MediaSource>>;
