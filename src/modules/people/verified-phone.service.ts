/**
 * Her phone number, as the platform vouches for it, linked to her: the way a member a
 * facilitator imported from a spreadsheet (a person with a phone and no chat yet) and the
 * same woman writing on Telegram (a person the bot made on her first message) become one,
 * so her books are never split between two rows.
 *
 * Only a phone the platform verified reaches here: on Telegram, a contact she shared with
 * the "send my number" button, whose `user_id` is her own account (Telegram fills that id
 * only when the number is the one registered to that account; a contact card of someone
 * else carries the other person's id). A phone she merely typed is never used to link.
 *
 * Only someone added by phone who has never written to the bot anywhere is merged. Prepaid
 * numbers are recycled in Indonesia: a row that already has an account (Telegram, or a
 * WhatsApp that may still be the number's former owner's) may be another woman, and is left
 * to her facilitator (`taken`), never merged. A staff member added by her phone who has
 * never written (a facilitator the admin added in the console) is merged like a member: that
 * is how she gets a chat with the bot on Telegram, for /masuk and its codes (the guide's
 * "/nomor, then /masuk"). It gives whoever holds the number no more than WhatsApp does,
 * where her first message from that number is hers at once (findOrRegisterPerson), and
 * Telegram vouches for the number as WhatsApp does. A staff row that has an account is left
 * alone, as any row; so is a staff row that has ever logged in to the console (people's
 * lasting console_first_login_at), though she may have no chat identity (login links only).
 *
 * Runs in the caller's transaction (the message's): mergePeople locks both rows.
 */
import type { Db } from '../../db/client.ts';
import { mergePeople } from './people-merge.repository.ts';
import { findPersonByPhone, hasAnyIdentity, isUsedConsoleAccount, lockPhoneOf, nameOf, setPhone } from './people.repository.ts';
import { normalizePhone } from './phone.ts';

/** Whether a group waits for members added by phone on this platform (people.repository). */
export { anyAwaitingOn } from './people.repository.ts';

export type PhoneLink =
  /** She had no phone and nobody else had this one: it is hers now. */
  | { outcome: 'saved'; personId: number }
  /** She already had this phone: nothing changed. */
  | { outcome: 'same'; personId: number }
  /** Someone added her by this phone before: the two rows are one now (`personId` survives). */
  | { outcome: 'merged'; personId: number; name: string }
  /** The phone is another person's who already has an account, or she has another phone: nothing changed. */
  | { outcome: 'taken'; personId: number }
  | { outcome: 'invalid'; personId: number };

export async function linkVerifiedPhone(db: Db, personId: number, rawPhone: string): Promise<PhoneLink> {
  const phone = normalizePhone(rawPhone);
  if (!phone) return { outcome: 'invalid', personId };
  const mine = await lockPhoneOf(db, personId);
  if (mine === phone) return { outcome: 'same', personId };
  // She already has another number (a facilitator set it, or an earlier share): which is
  // right is for her facilitator to say, not for a button press to overwrite.
  if (mine !== null) return { outcome: 'taken', personId };
  const owner = await findPersonByPhone(db, phone);
  if (!owner) {
    await setPhone(db, personId, phone);
    return { outcome: 'saved', personId };
  }
  if (await hasAnyIdentity(db, owner.id)) return { outcome: 'taken', personId };
  // A staff member who logs in only through login links has no chat identity, yet her row is
  // a used account: the number's new holder would get her console through /masuk.
  if (await isUsedConsoleAccount(db, owner.id)) return { outcome: 'taken', personId };
  const merged = await mergePeople(db, [personId, owner.id]);
  const survivorId = merged?.survivorId ?? owner.id;
  return { outcome: 'merged', personId: survivorId, name: await nameOf(db, survivorId) };
}
