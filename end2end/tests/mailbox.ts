// The mails the test server sends. Without SMTP_URL it writes each one as an `.eml` file in
// data/outbox/ under its working directory (end2end/), from a background worker, shortly after
// the action that sends it. This reads them back: MIME parts decoded whatever transfer encoding
// lettre chose (7bit, 8bit, quoted-printable or base64), headers unfolded and RFC 2047 words decoded.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

/** The folder of the test server's mails (the server runs from end2end/). */
export const OUTBOX_DIR = path.resolve(__dirname, '..', 'data', 'outbox');

/** One mail as read from its file. */
export interface Mail {
  file: string;
  /** Header names in lower case, values unfolded and decoded. */
  headers: Record<string, string>;
  /** The decoded text of every leaf part (plain text, HTML…), in order. */
  bodies: string[];
}

/** Bytes of a latin1 string (which holds the file's bytes one per character) read as UTF-8. */
const utf8 = (bytes: string): string => Buffer.from(bytes, 'latin1').toString('utf8');

/** Decodes a quoted-printable body into its bytes (as a latin1 string). */
export function decodeQuotedPrintable(body: string): string {
  return body
    .replace(/[ \t]+(?=\r?\n)/g, '') // trailing whitespace is not part of the text
    .replace(/=\r?\n/g, '') // soft line breaks
    .replace(/=([0-9A-Fa-f]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** Decodes the RFC 2047 encoded words (`=?utf-8?b?…?=`, `=?utf-8?q?…?=`) of a header value. */
export function decodeHeaderValue(value: string): string {
  return value
    .replace(/(\?=)\s+(=\?)/g, '$1$2') // whitespace between encoded words is not text
    .replace(/=\?([^?]+)\?([bBqQ])\?([^?]*)\?=/g, (_, _charset: string, encoding: string, text: string) =>
      encoding.toLowerCase() === 'b'
        ? Buffer.from(text, 'base64').toString('utf8')
        : utf8(decodeQuotedPrintable(text.replace(/_/g, ' '))),
    );
}

/** Splits a message (or a part) into its unfolded headers and its raw body. */
function splitEntity(raw: string): { headers: Record<string, string>; body: string } {
  const match = /\r?\n\r?\n/.exec(raw);
  const head = match ? raw.slice(0, match.index) : raw;
  const body = match ? raw.slice(match.index + match[0].length) : '';
  const headers: Record<string, string> = {};
  for (const line of head.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    const value = decodeHeaderValue(utf8(line.slice(colon + 1).trim()));
    headers[name] = name in headers ? `${headers[name]}, ${value}` : value;
  }
  return { headers, body };
}

/** A parameter (`boundary`, `charset`…) of a header value such as Content-Type. */
function headerParam(value: string | undefined, param: string): string | undefined {
  const match = new RegExp(`;\\s*${param}\\s*=\\s*(?:"([^"]*)"|([^;\\s]+))`, 'i').exec(value ?? '');
  return match ? (match[1] ?? match[2]) : undefined;
}

/** The decoded text of every leaf part of an entity. */
function leafBodies(headers: Record<string, string>, body: string): string[] {
  const type = (headers['content-type'] ?? 'text/plain').toLowerCase();
  const boundary = headerParam(headers['content-type'], 'boundary');
  if (type.startsWith('multipart/') && boundary) {
    const delimiter = new RegExp(`(?:^|\\r?\\n)--${boundary.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(--)?[ \\t]*(?:\\r?\\n|$)`);
    const parts: string[] = [];
    let rest = body;
    let first = true;
    for (;;) {
      const match = delimiter.exec(rest);
      if (!match) break;
      if (!first) parts.push(rest.slice(0, match.index));
      first = false;
      rest = rest.slice(match.index + match[0].length);
      if (match[1]) break; // the closing delimiter
    }
    return parts.flatMap((part) => {
      const entity = splitEntity(part);
      return leafBodies(entity.headers, entity.body);
    });
  }
  const encoding = (headers['content-transfer-encoding'] ?? '7bit').trim().toLowerCase();
  if (encoding === 'base64') return [Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8')];
  if (encoding === 'quoted-printable') return [utf8(decodeQuotedPrintable(body))];
  return [utf8(body)];
}

/** Parses the bytes of an `.eml` file. */
export function parseMail(bytes: Buffer, file = ''): Mail {
  const { headers, body } = splitEntity(bytes.toString('latin1'));
  return { file, headers, bodies: leafBodies(headers, body) };
}

/** Every mail of the outbox, oldest first (file names start with the time of the mail). */
export async function readOutbox(): Promise<Mail[]> {
  let names: string[];
  try {
    names = await readdir(OUTBOX_DIR);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const mails: Mail[] = [];
  for (const name of names.filter((n) => n.endsWith('.eml')).sort()) {
    const file = path.join(OUTBOX_DIR, name);
    mails.push(parseMail(await readFile(file), file));
  }
  return mails;
}

/** Whether the mail is addressed to `address` (case-insensitive). */
const sentTo = (mail: Mail, address: string): boolean =>
  (mail.headers['to'] ?? '').toLowerCase().includes(address.toLowerCase());

export type LinkKind = 'invitation' | 'reset';

/** The distinct `/{kind}/<64 hex>` links in the decoded parts of a mail. */
export function linksIn(mail: Mail, kind: LinkKind): string[] {
  const pattern = new RegExp(`https?://[^\\s"'<>/]+/${kind}/[0-9a-f]{64}(?![0-9A-Za-z])`, 'g');
  return [...new Set(mail.bodies.flatMap((body) => body.match(pattern) ?? []))];
}

/**
 * Waits (up to `timeoutMs`) for a mail to `address` that holds a `/{kind}/…` link and returns
 * that link. The mail must hold exactly one such link (the text and HTML parts repeat it).
 */
export async function readMailLink(address: string, kind: LinkKind, timeoutMs = 15_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  let seen: Mail[] = [];
  for (;;) {
    const mails = (await readOutbox()).filter((m) => sentTo(m, address));
    seen = mails;
    const withLink = mails.filter((m) => linksIn(m, kind).length > 0);
    if (withLink.length > 0) {
      const mail = withLink[withLink.length - 1];
      const links = linksIn(mail, kind);
      if (links.length !== 1) {
        throw new Error(`the mail ${mail.file} holds several ${kind} links: ${links.join(', ')}`);
      }
      return links[0];
    }
    if (Date.now() > deadline) break;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(
    `no mail to ${address} with a /${kind}/ link in ${OUTBOX_DIR} after ${timeoutMs} ms` +
      (seen.length ? ` (mails to this address: ${seen.map((m) => m.file).join(', ')})` : ''),
  );
}

/** The invitation link mailed to `address`. */
export const readInvitationLink = (address: string): Promise<string> => readMailLink(address, 'invitation');

/** The password-reset link mailed to `address`. */
export const readResetLink = (address: string): Promise<string> => readMailLink(address, 'reset');
