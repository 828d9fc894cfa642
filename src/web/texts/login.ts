/** The login page (/masuk): a code or a link sent to her chat. */
export interface LoginTexts {
  heading: string;
  intro: string;
  viaChat: string;
  phoneLabel: string;
  sendCode: string;
  codeLabel: string;
  enter: string;
  sent: string;
  wrongCode: string;
  rateLimited: string;
  noRole: string;
  badLink: string;
  linkHeading: string;
  linkButton: string;
  expired: string;
  loggedOut: string;
}

export const loginId: LoginTexts = {
  heading: 'Masuk ke konsol',
  intro: 'Tanpa kata sandi: kode masuk dikirim ke chat Ibu.',
  viaChat: 'Cara tercepat: kirim /masuk ke bot di chat pribadi (Telegram atau WhatsApp), lalu buka tautannya atau ketik kodenya di bawah.',
  phoneLabel: 'Atau ketik nomor HP atau username Telegram Ibu (@nama), kode dikirim ke chat Ibu',
  sendCode: 'Kirim kode',
  codeLabel: 'Kode 6 angka',
  enter: 'Masuk',
  sent: 'Bila nomor atau username itu terdaftar sebagai staf, kode sudah dikirim ke chat Ibu. Berlaku 10 menit.',
  wrongCode: 'Kode salah atau sudah tidak berlaku. Minta kode baru dengan /masuk.',
  rateLimited: 'Terlalu banyak percobaan. Tunggu 15 menit lalu coba lagi.',
  noRole: 'Akun ini tidak punya akses ke konsol.',
  badLink: 'Tautan ini sudah dipakai atau sudah tidak berlaku. Kirim /masuk lagi untuk tautan baru.',
  linkHeading: 'Masuk dengan tautan',
  linkButton: 'Masuk ke konsol',
  expired: 'Sesi Ibu sudah berakhir. Silakan masuk lagi.',
  loggedOut: 'Ibu sudah keluar.',
};

export const loginEn: LoginTexts = {
  heading: 'Log in to the console',
  intro: 'No password: a login code is sent to your chat.',
  viaChat: 'Quickest: send /masuk to the bot in a private chat (Telegram or WhatsApp), then open its link or type its code below.',
  phoneLabel: 'Or type your phone number or Telegram username (@name) and the code is sent to your chat',
  sendCode: 'Send code',
  codeLabel: '6-digit code',
  enter: 'Log in',
  sent: 'If that number or username belongs to staff, a code has been sent to their chat. It is valid 10 minutes.',
  wrongCode: 'Wrong or expired code. Ask for a new one with /masuk.',
  rateLimited: 'Too many attempts. Wait 15 minutes and try again.',
  noRole: 'This account has no access to the console.',
  badLink: 'This link has been used or has expired. Send /masuk again for a new one.',
  linkHeading: 'Log in with a link',
  linkButton: 'Log in to the console',
  expired: 'Your session has ended. Please log in again.',
  loggedOut: 'You are logged out.',
};
