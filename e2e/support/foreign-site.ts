import { createServer, type Server } from 'node:http';
import { appUrl, E2E } from './e2e-env';

export const foreignUrl = `http://localhost:${E2E.foreignPort}`;

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function page(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body><h1>${title}</h1>${body}</body></html>`;
}

/**
 * A site on an origin no merchant allows: `/frame?src=` frames any URL, `/mount?session=` embeds a
 * checkout with Tillpoint's embed.js, `/forge?session=` (a pop-up) posts well-formed protocol messages
 * to its opener, as an attacker's page would.
 */
export function startForeignSite(): Promise<Server> {
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', foreignUrl);
    const session = url.searchParams.get('session') ?? '';
    let html: string;
    if (url.pathname === '/frame') {
      html = page(
        'Foreign page',
        `<iframe title="Framed page" src="${escape(url.searchParams.get('src') ?? '')}" style="width:800px;height:600px"></iframe>`,
      );
    } else if (url.pathname === '/mount') {
      html = page(
        'Foreign shop',
        `<ol id="events"></ol><div id="checkout"></div><script src="${appUrl}/embed.js"></script>
<script>Tillpoint.mount('#checkout', { session: ${JSON.stringify(session)}, onEvent: function (e) { var li = document.createElement('li'); li.textContent = e.type; document.getElementById('events').append(li); } });</script>`,
      );
    } else if (url.pathname === '/forge') {
      html = page(
        'Forger',
        `<script>
var base = { protocol: 'tillpoint.embed', version: 1, session: ${JSON.stringify(session)} };
[{ type: 'succeeded', payment: 'pay_000000000000000000000000' }, { type: 'close' }, { type: 'resize', height: 5 }, { type: 'failed', code: 'x', message: 'forged' }]
  .forEach(function (m) { window.opener.postMessage(Object.assign({}, base, m), '*'); });
document.title = 'sent';
</script>`,
      );
    } else {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(html);
  });
  return new Promise((resolve) => server.listen(E2E.foreignPort, () => resolve(server)));
}
