/**
 * A Telegram file by its file_id (the `ref` the mapper kept): getFile names its path, and the
 * Bot API's file endpoint serves it (https://core.telegram.org/bots/api#getfile). Over plain
 * HTTPS with the bot's token, so any process of the deployment can fetch — the console's
 * included — without holding the polling link. Telegram serves files up to 20 MB this way;
 * a voice note or a photo is far below.
 */
import { Api, GrammyError } from 'grammy';
import type { MediaFile, MediaSource } from '../../core/media-source.ts';

const DEFAULT_API_ROOT = 'https://api.telegram.org';

export function telegramMediaSource(options: { token: string; apiRoot?: string | undefined; fetch?: typeof fetch }): MediaSource {
  const apiRoot = options.apiRoot ?? DEFAULT_API_ROOT;
  const api = new Api(options.token, { apiRoot });
  const get = options.fetch ?? fetch;
  return {
    platform: 'telegram',
    async fetchMedia(ref: string): Promise<MediaFile | undefined> {
      const file = await api.getFile(ref).catch((error: unknown) => {
        // 400: a file_id Telegram does not know (any more): gone, not a reason to retry.
        if (error instanceof GrammyError && error.error_code === 400) return undefined;
        throw error;
      });
      if (!file?.file_path) return undefined;
      const response = await get(`${apiRoot}/file/bot${options.token}/${file.file_path}`);
      if (response.status === 404) return undefined;
      if (!response.ok) throw new Error(`telegram file download failed: HTTP ${String(response.status)}`);
      return { bytes: new Uint8Array(await response.arrayBuffer()), contentType: null };
    },
  };
}
