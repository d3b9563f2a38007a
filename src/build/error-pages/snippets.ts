// The lines a server's configuration includes to serve the pages. `dir` is where the pages are
// installed (/usr/share/fix502/error-pages by default); every snippet names it once.
import { GATEWAY_STATUSES } from './statuses';
import { CADDY_DELIMITERS, NGINX_SLOTS } from './server-slots';

/** The address under which nginx and Apache serve the pages to themselves; visitors never see it. */
export const INTERNAL_PATH = '/fix502-error-pages/';

/** Russian when Accept-Language names it anywhere (the site's own rule), else English. */
const RUSSIAN_ANYWHERE = '(^|,)\\s*ru';

export function nginxSnippet(dir: string): string {
  return `# fix502's error pages. Include this file inside a server {} block:
#     include ${dir}/nginx.conf;
# A location with its own error_page lines does not inherit these: include the file there too.
set $fix502_lang en;
if ($http_accept_language ~* "${RUSSIAN_ANYWHERE}") {
    set $fix502_lang ru;
}
${GATEWAY_STATUSES.map((status) => `error_page ${status} ${INTERNAL_PATH}${status}.$fix502_lang.html;`).join('\n')}
# The same pages for the 502, 503 and 504 a backend sends itself (these also apply any other
# error_page of this server to the backend's answers).
proxy_intercept_errors on;
fastcgi_intercept_errors on;

location ^~ ${INTERNAL_PATH} {
    internal;
    alias ${dir}/;
    # HTML whatever the server's own types say, so that sub_filter (text/html only) applies.
    types { }
    default_type text/html;
    charset utf-8;
    add_header Cache-Control "no-store" always;
    add_header Vary "Accept-Language" always;
    # The request id of nginx's log and the time, for the visitor to quote.
    sub_filter '${NGINX_SLOTS.requestId}' $request_id;
    sub_filter '${NGINX_SLOTS.time}' $time_iso8601;
}
`;
}

export function apacheSnippet(dir: string): string {
  return `# fix502's error pages. Include this file inside a <VirtualHost>, before its ProxyPass lines:
#     Include ${dir}/apache.conf
# It needs these modules: a2enmod alias include mime negotiation unique_id
Alias ${INTERNAL_PATH} ${dir}/
<Directory ${dir}/>
    Require all granted
    # The language by Accept-Language, from each status's type map; English when neither fits.
    AddHandler type-map .var
    LanguagePriority en ru
    ForceLanguagePriority Prefer Fallback
    # The request id (mod_unique_id) and the time, for the visitor to quote.
    Options +IncludesNOEXEC
    AddOutputFilter INCLUDES .html
    AddType "text/html; charset=utf-8" .html
</Directory>
${GATEWAY_STATUSES.map((status) => `ErrorDocument ${status} ${INTERNAL_PATH}${status}.var`).join('\n')}
<IfModule mod_proxy.c>
    # The pages are never passed to the backend, and its own 502, 503 and 504 get them too.
    ProxyPass ${INTERNAL_PATH} !
    ProxyErrorOverride On ${GATEWAY_STATUSES.join(' ')}
</IfModule>
`;
}

/** Apache's type map of one status: its pages and their languages. */
export function apacheTypeMap(status: number, languages: readonly string[]): string {
  return languages.map((lang) => `URI: ${status}.${lang}.html\nContent-Language: ${lang}\nContent-Type: text/html; charset=utf-8\n`).join('\n');
}

export function caddySnippet(dir: string): string {
  const [open, close] = CADDY_DELIMITERS;
  return `# fix502's error pages. Import this file inside a site block:
#     import ${dir}/Caddyfile
# A site has one handle_errors: if yours has its own, copy this block's lines into it. For the 502,
# 503 and 504 a backend sends itself, also import Caddyfile-upstream inside the reverse_proxy block.
handle_errors {
	@fix502 expression \`{err.status_code} in [${GATEWAY_STATUSES.join(', ')}]\`
	handle @fix502 {
		map {header.Accept-Language} {fix502_lang} {
			~(?i)${RUSSIAN_ANYWHERE} ru
			default en
		}
		root * ${dir}
		rewrite * /{err.status_code}.{fix502_lang}.html
		# The request id and the time, for the visitor to quote.
		templates {
			between ${open} ${close}
		}
		header Cache-Control no-store
		header Vary Accept-Language
		file_server
	}
}
`;
}

/** Caddy's handle_errors sees only the errors Caddy makes: a backend's own 502 comes through as it is, unless this turns it into one. */
export function caddyUpstreamSnippet(dir: string): string {
  return `# fix502's error pages for the 502, 503 and 504 a backend sends itself. Import this file inside
# the reverse_proxy block (beside the site's import of ${dir}/Caddyfile):
#     reverse_proxy 127.0.0.1:8080 {
#         import ${dir}/Caddyfile-upstream
#     }
${GATEWAY_STATUSES.map((status) => `@fix502_${status} status ${status}\nhandle_response @fix502_${status} {\n\terror ${status}\n}`).join('\n')}
`;
}

export function haproxySnippet(dir: string): string {
  return `# fix502's error pages. Load this file with the main one (haproxy -f haproxy.cfg -f ${dir}/haproxy.cfg,
# or paste it in), and add this line to your defaults or frontend section:
#     errorfiles fix502
# HAProxy sends these files byte for byte and cannot choose them by language: each page shows both
# languages, English first (the .ru.http files put Russian first).
http-errors fix502
${GATEWAY_STATUSES.map((status) => `    errorfile ${status} ${dir}/haproxy/${status}.en.http`).join('\n')}

# Or, for the request id and the time on the page: instead of "errorfiles fix502", these lines in your
# defaults or frontend section (the unique-id-format only if you have none; it also goes in your logs
# as %ID). The .lf.html pages are log-format strings: HAProxy fills them in for each request.
#     unique-id-format %{+X}o\\ %ci:%cp_%fi:%fp_%Ts_%rt:%pid
${GATEWAY_STATUSES.map((status) => `#     http-error status ${status} content-type "text/html; charset=utf-8" lf-file ${dir}/haproxy/${status}.en.lf.html hdr Cache-Control no-store`).join('\n')}
`;
}
