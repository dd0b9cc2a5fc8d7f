// STEP development OpenID provider. DEVELOPMENT ONLY: fixed client secret,
// committed signing key, plain-text passwords. See README.md.
import { generateKeyPairSync } from 'node:crypto';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import Provider from 'oidc-provider';

const here = (f) => new URL(f, import.meta.url);
const PORT = Number(process.env.IDP_PORT || 9000);
const HOST = process.env.IDP_HOST || '127.0.0.1';
const ISSUER = `http://127.0.0.1:${PORT}`;
const CLIENT_ID = 'step-portal';

const accounts = JSON.parse(readFileSync(here('./accounts.json'), 'utf8'));
// IDP_ROTATE_KEY=1 signs with a key made at start (a new `kid`), as a provider does after rotating
// its keys: the portal must fetch the new keys instead of refusing every sign-in (issue 19.4).
const freshJwks = () => {
  const jwk = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' });
  return { keys: [{ ...jwk, kid: `rotated-${Date.now()}`, use: 'sig', alg: 'RS256' }] };
};
const jwks = process.env.IDP_ROTATE_KEY === '1' ? freshJwks() : JSON.parse(readFileSync(here('./jwks.json'), 'utf8'));
const bySub = new Map(accounts.map((a) => [a.sub, a]));
const byUsername = new Map(accounts.map((a) => [a.username, a]));

// Portals run on random ports and on <tenant>.step.localhost host names.
const REDIRECT_RE = /^http:\/\/(127\.0\.0\.1|localhost|[a-z0-9-]+\.step\.localhost)(:\d+)?\/auth\/callback$/;
const POST_LOGOUT_RE = /^http:\/\/(127\.0\.0\.1|localhost|[a-z0-9-]+\.step\.localhost)(:\d+)?\/.*$/;

const esc = (s) => String(s ?? '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const page = (title, body) => `<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>${esc(title)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body style="font-family:sans-serif;max-width:26rem;margin:3rem auto">
<p><strong>STEP Entwicklungs-Anmeldedienst</strong> (nur für Entwicklung)</p>
${body}</body></html>`;

const configuration = {
  clients: [{
    client_id: CLIENT_ID,
    client_secret: 'step-dev-secret',
    client_name: 'STEP Portal (dev)',
    grant_types: ['authorization_code'],
    response_types: ['code'],
    token_endpoint_auth_method: 'client_secret_basic',
    id_token_signed_response_alg: 'RS256',
    redirect_uris: ['http://127.0.0.1:8080/auth/callback'],
    post_logout_redirect_uris: ['http://127.0.0.1:8080/'],
  }],
  jwks,
  cookies: { keys: ['step-dev-idp-cookie-key-not-a-secret'] }, // SameSite=Lax; Secure only on https
  pkce: { required: () => true }, // oidc-provider v9 only accepts S256
  responseTypes: ['code'],
  scopes: ['openid', 'email', 'profile'],
  claims: {
    openid: ['sub', 'step_roles'],
    email: ['email', 'email_verified'],
    profile: ['name', 'given_name', 'family_name'],
  },
  conformIdTokenClaims: false, // put scope claims into the ID token, not only /me
  features: {
    devInteractions: { enabled: false },
    rpInitiatedLogout: {
      enabled: true,
      // `form` is <form id="op.logoutForm" ...><input name="xsrf">; we add logout=yes and
      // auto-submit it (browsers); a non-JS client POSTs the same form itself.
      async logoutSource(ctx, form) {
        ctx.body = page('Abmelden', `<h1>Abmelden …</h1>
${form.replace('</form>', '<input type="hidden" name="logout" value="yes"/><noscript><button type="submit">Abmelden</button></noscript></form>')}
<script>document.getElementById('op.logoutForm').submit()</script>`);
      },
      async postLogoutSuccessSource(ctx) {
        ctx.body = page('Abgemeldet', '<h1>Sie sind abgemeldet.</h1>');
      },
    },
  },
  async findAccount(ctx, sub) {
    const a = bySub.get(sub);
    if (!a) return undefined;
    return {
      accountId: a.sub,
      async claims() {
        return {
          sub: a.sub,
          email: a.email,
          email_verified: a.email_verified !== false,
          name: `${a.given_name} ${a.family_name}`,
          given_name: a.given_name,
          family_name: a.family_name,
          step_roles: a.roles || [],
        };
      },
    };
  },
  // First-party client: grant openid email profile without a consent screen.
  async loadExistingGrant(ctx) {
    const { client, session, provider } = ctx.oidc;
    const grantId = ctx.oidc.result?.consent?.grantId || session.grantIdFor(client.clientId);
    if (grantId) return provider.Grant.find(grantId);
    if (client.clientId !== CLIENT_ID) return undefined;
    const grant = new provider.Grant({ clientId: client.clientId, accountId: session.accountId });
    grant.addOIDCScope('openid email profile');
    await grant.save();
    return grant;
  },
  interactions: { url: (ctx, interaction) => `/interaction/${interaction.uid}` },
  ttl: {
    AccessToken: 3600, AuthorizationCode: 120, IdToken: 3600,
    Interaction: 3600, Session: 8 * 3600, Grant: 8 * 3600,
  },
  async renderError(ctx, out) {
    ctx.type = 'html';
    ctx.body = page('Fehler', `<h1>Fehler</h1><p><code>${esc(out.error)}</code>: ${esc(out.error_description)}</p>`);
  },
};

const provider = new Provider(ISSUER, configuration);

// oidc-provider compares redirect URIs exactly against the registered list
// (models/client.js #redirectAllowed). Widen it for the dev client only.
const { prototype: ClientProto } = provider.Client;
const origRedirect = ClientProto.redirectUriAllowed;
const origPostLogout = ClientProto.postLogoutRedirectUriAllowed;
ClientProto.redirectUriAllowed = function redirectUriAllowed(uri) {
  return origRedirect.call(this, uri) || (this.clientId === CLIENT_ID && REDIRECT_RE.test(uri));
};
ClientProto.postLogoutRedirectUriAllowed = function postLogoutRedirectUriAllowed(uri) {
  return origPostLogout.call(this, uri) || (this.clientId === CLIENT_ID && POST_LOGOUT_RE.test(uri));
};

const loginForm = (uid, username = '', error = '') => page('Anmelden', `<h1>Anmelden</h1>
${error ? `<p role="alert" style="color:#b00">${esc(error)}</p>` : ''}
<form method="post" action="/interaction/${uid}">
<p><label>Benutzername<br><input name="username" value="${esc(username)}" autocomplete="username" required autofocus></label></p>
<p><label>Passwort<br><input name="password" type="password" autocomplete="current-password" required></label></p>
<p><button type="submit">Anmelden</button></p>
</form>
<form method="post" action="/interaction/${uid}/abort"><button type="submit">Abbrechen</button></form>`);

function readForm(req) {
  return new Promise((resolve, reject) => {
    let data = '';
    req.setEncoding('utf8');
    req.on('data', (chunk) => {
      data += chunk;
      if (data.length > 16384) { reject(new Error('body too large')); req.destroy(); }
    });
    req.on('end', () => resolve(new URLSearchParams(data)));
    req.on('error', reject);
  });
}

function send(res, status, html) {
  res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
  res.end(html);
}

async function interaction(req, res, uid, action) {
  const details = await provider.interactionDetails(req, res);
  if (details.uid !== uid) return send(res, 400, page('Fehler', '<p>Ungültige Anmeldesitzung.</p>'));
  const { prompt } = details;
  if (action === 'abort') {
    return provider.interactionFinished(req, res, {
      error: 'access_denied', error_description: 'Anmeldung abgebrochen',
    }, { mergeWithLastSubmission: false });
  }
  if (prompt.name === 'consent') { // normally handled by loadExistingGrant; kept as a fallback
    const grant = new provider.Grant({ clientId: details.params.client_id, accountId: details.session.accountId });
    grant.addOIDCScope('openid email profile');
    return provider.interactionFinished(req, res, { consent: { grantId: await grant.save() } }, { mergeWithLastSubmission: true });
  }
  if (req.method === 'GET') return send(res, 200, loginForm(uid));
  const form = await readForm(req);
  const username = form.get('username') || '';
  const account = byUsername.get(username.trim());
  if (!account || account.password !== form.get('password')) {
    return send(res, 401, loginForm(uid, username, 'Benutzername oder Passwort ist falsch.'));
  }
  return provider.interactionFinished(req, res, { login: { accountId: account.sub } }, { mergeWithLastSubmission: false });
}

const callback = provider.callback();
const server = http.createServer(async (req, res) => {
  const m = /^\/interaction\/([A-Za-z0-9_-]+)(\/abort)?\/?(?:\?.*)?$/.exec(req.url);
  if (!m) return callback(req, res);
  if (req.method !== 'GET' && req.method !== 'POST') return send(res, 405, page('Fehler', '<p>Methode nicht erlaubt.</p>'));
  try {
    await interaction(req, res, m[1], m[2] ? 'abort' : 'login');
  } catch (err) {
    if (!res.headersSent) {
      send(res, 400, page('Fehler', `<h1>Anmeldung nicht möglich</h1><p>${esc(err.error_description || err.message)}</p>
<p>Bitte starten Sie die Anmeldung im Portal erneut.</p>`));
    }
  }
});

server.listen(PORT, HOST, () => {
  console.log(`dev-idp listening on ${ISSUER}`);
});

if (process.env.IDP_EXIT_ON_STDIN_END === '1') {
  process.stdin.on('end', () => process.exit(0));
  process.stdin.on('close', () => process.exit(0));
  process.stdin.on('error', () => process.exit(0));
  process.stdin.resume();
}
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => process.exit(0));
