/**
 * Linking the bot's phone: the QR code WhatsApp offers (shown in the terminal), or, when a
 * pairing phone is set and the link is new, a pairing code asked once per socket.
 */
import qrcode from 'qrcode-terminal';
import type { Logger } from '../../core/logger.ts';

export interface LinkingOptions {
  log: Logger;
  /** The bot's number as digits with country code: a pairing code instead of a QR. */
  pairingPhone: string | undefined;
  terminal: { write(text: string): unknown };
}

export class LinkDisplay {
  private pairingRequested = false;

  constructor(private readonly options: LinkingOptions) {}

  /** A new socket: it may ask for a pairing code again. */
  reset(): void {
    this.pairingRequested = false;
  }

  /** WhatsApp offered `qr` on `socket`; `registered`: the stored link is already paired. */
  show(socket: { requestPairingCode(phoneNumber: string): Promise<string> }, qr: string, registered: boolean): void {
    const { log, pairingPhone, terminal } = this.options;
    if (pairingPhone && !registered) {
      if (this.pairingRequested) return;
      this.pairingRequested = true;
      socket
        .requestPairingCode(pairingPhone)
        .then((code) => {
          const shown = code.length === 8 ? `${code.slice(0, 4)}-${code.slice(4)}` : code;
          terminal.write(
            `\nWhatsApp pairing code: ${shown}\n` +
              "On the bot's phone: WhatsApp → Linked devices → Link a device → Link with phone number instead.\n\n",
          );
          log.info('whatsapp: pairing code shown in the terminal');
        })
        .catch((error: unknown) => log.error({ err: String(error) }, 'whatsapp: could not get a pairing code'));
      return;
    }
    qrcode.generate(qr, { small: true }, (art) => {
      terminal.write(`\nScan with WhatsApp on the bot's phone (Linked devices → Link a device):\n${art}\n`);
    });
    log.info('whatsapp: QR code shown in the terminal');
  }
}
