import { UserError } from '../../errors.js';

const CERTIFICATE_CODES =
  /^(CERT_|UNABLE_TO_(GET|VERIFY)|DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT_IN_CHAIN|ERR_TLS_CERT_ALTNAME_INVALID|HOSTNAME_MISMATCH)/;
const TLS_CODES = /^(ERR_SSL_|ERR_TLS_|EPROTO$|ECONNRESET$)/;

/** Why a request never got an answer, as one line: network, TLS or time-out. */
export function describeFetchFailure(error: unknown, url: string): UserError {
  const host = new URL(url).host;
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError'))
    return new UserError(`sync: ${host} did not answer within 30 s; try again later`);
  const cause = error instanceof Error ? (error.cause as NodeJS.ErrnoException | undefined) : undefined;
  const code = cause?.code ?? (error as NodeJS.ErrnoException | undefined)?.code ?? '';
  if (CERTIFICATE_CODES.test(code))
    return new UserError(
      `sync: the TLS certificate of ${host} was not accepted (${code}); check sync.json's url (NODE_EXTRA_CA_CERTS adds a private CA)`,
    );
  if (TLS_CODES.test(code) && url.startsWith('https:'))
    return new UserError(`sync: the TLS connection to ${host} failed (${code}); is it an https server?`);
  if (code) return new UserError(`sync: cannot reach ${host} (${code}); check the network and sync.json's url`);
  const message = cause?.message ?? (error instanceof Error ? error.message : String(error));
  return new UserError(`sync: cannot reach ${host} (${message.split('\n')[0]})`);
}

export function authError(status: number, url: string, username: string): UserError {
  return new UserError(
    `sync: ${new URL(url).host} refused user "${username}" (HTTP ${status}); check the user name and password command in sync.json (an app password for iCloud or Fastmail)`,
  );
}
