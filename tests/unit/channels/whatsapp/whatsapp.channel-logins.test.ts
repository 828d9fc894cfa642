/**
 * No login storm: the real channel against fake sockets whose "server" misbehaves, on a
 * simulated clock (an hour replayed in milliseconds). Every socket the channel opens is a
 * login; they are counted here as the sockets the factory made.
 */
import { DisconnectReason } from '@whiskeysockets/baileys';
import { describe, expect, it } from 'vitest';
import type { LinkStatus } from '../../../../src/channels/whatsapp/whatsapp.ports.ts';
import { CLIENT_TOO_OLD, MAX_LOGINS_PER_HOUR } from '../../../../src/channels/whatsapp/whatsapp.reconnect.ts';
import type { FakeSocket } from '../../../fixtures/whatsapp/fake-socket.ts';
import { harness, type Harness } from '../../../fixtures/whatsapp/channel-harness.ts';

const HOUR = 3600_000;

/** A channel whose every socket is answered by `server` (on the simulated clock). */
async function against(server: (socket: FakeSocket, h: Harness) => void) {
  const statuses: LinkStatus[] = [];
  const h: Harness = harness((socket) => server(socket, h));
  const wa = h.channel({ alerts: { restriction: () => undefined, status: (s) => void statuses.push(s) } });
  await wa.start(async () => undefined);
  await h.time.advance(HOUR - 1); // one hour, its end excluded
  return { wa, logins: h.sockets.all.length, statuses };
}

describe('logins over a simulated hour', () => {
  it('a server that accepts every login and drops it half a second later: a handful, then stopped and said why', async () => {
    const { wa, logins, statuses } = await against((socket, h) => {
      h.time.schedule(() => socket.open(), 300);
      h.time.schedule(() => socket.close(DisconnectReason.connectionClosed), 800);
    });
    expect(logins).toBeLessThanOrEqual(3);
    expect(wa.state).toBe('stopped');
    expect(wa.connection()).toEqual({ connected: false, reason: expect.stringContaining('stopped: WhatsApp dropped the link right after login') });
    expect(statuses.at(-1)).toMatchObject({ state: 'stopped', reason: expect.stringContaining('dropped the link') });
  });

  it('a server that answers every login with "restart required" (515): a handful too', async () => {
    const { logins, wa } = await against((socket, h) => {
      h.time.schedule(() => socket.open(), 300);
      h.time.schedule(() => socket.close(DisconnectReason.restartRequired), 800);
    });
    expect(logins).toBeLessThanOrEqual(4);
    expect(wa.state).toBe('stopped');
  });

  it('a client too old for WhatsApp (405): one login, stopped, and the reason says what to do', async () => {
    const { logins, wa } = await against((socket, h) => void h.time.schedule(() => socket.close(CLIENT_TOO_OLD), 200));
    expect(logins).toBe(1);
    expect(wa.connection()).toEqual({ connected: false, reason: expect.stringContaining('update Baileys') });
  });

  it('a network that never lets a login through: at most a dozen an hour, and it keeps trying', async () => {
    const { logins, wa } = await against((socket, h) => void h.time.schedule(() => socket.close(DisconnectReason.connectionLost), 100));
    expect(logins).toBeLessThanOrEqual(MAX_LOGINS_PER_HOUR);
    expect(wa.state).not.toBe('stopped');
  });

  it('a link that stays up for minutes between drops keeps reconnecting quickly', async () => {
    const { logins, wa } = await against((socket, h) => {
      h.time.schedule(() => socket.open(), 300);
      h.time.schedule(() => socket.close(DisconnectReason.connectionLost), 10 * 60_000);
    });
    expect(logins).toBeGreaterThanOrEqual(6);
    expect(wa.state).not.toBe('stopped');
  });
});
