// Where a server writes the request id and the time into a page it serves. Each server fills its own
// marker and leaves the others as HTML comments, which the reader never sees, so one set of pages
// serves nginx, Apache and Caddy alike. A detail left empty is hidden by the stylesheet.

export interface Slots {
  requestId: string;
  time: string;
}

/** nginx's sub_filter replaces these with $request_id and $time_iso8601 (see the nginx snippet). */
export const NGINX_SLOTS: Slots = { requestId: '<!--fix502:request-id-->', time: '<!--fix502:time-->' };

/** mod_include (SSI); an unset variable prints nothing instead of "(none)". */
export const APACHE_SLOTS: Slots = {
  requestId: '<!--#config echomsg="" --><!--#echo var="UNIQUE_ID" -->',
  time: '<!--#config timefmt="%Y-%m-%dT%H:%M:%SZ" --><!--#echo var="DATE_GMT" -->',
};

/** Caddy's templates, with delimiters that leave the rest of the page alone (see the Caddyfile). */
export const CADDY_DELIMITERS = ['<!--[[', ']]-->'] as const;
export const CADDY_SLOTS: Slots = {
  requestId: `${CADDY_DELIMITERS[0]}placeholder "http.request.uuid"${CADDY_DELIMITERS[1]}`,
  time: `${CADDY_DELIMITERS[0]}now.UTC.Format "2006-01-02T15:04:05Z"${CADDY_DELIMITERS[1]}`,
};

/** The pages for web servers carry every server's marker. */
export const SERVER_SLOTS: Slots = {
  requestId: NGINX_SLOTS.requestId + APACHE_SLOTS.requestId + CADDY_SLOTS.requestId,
  time: NGINX_SLOTS.time + APACHE_SLOTS.time + CADDY_SLOTS.time,
};

/** HAProxy sends an errorfile byte for byte: nothing can be put in (unique-id-format reaches only logs and headers). */
export const NO_SLOTS: Slots = { requestId: '', time: '' };

/** HAProxy's `http-error … lf-file` reads the page as a log-format string, so it can put these in. */
export const HAPROXY_LF_SLOTS: Slots = { requestId: '%[unique-id]', time: '%[date,utime(%Y-%m-%dT%H:%M:%SZ)]' };

/** A page as a log-format string: every % of the page doubled, the slots' own left as they are. */
export function logFormatPage(render: (slots: Slots) => string, slots: Slots = HAPROXY_LF_SLOTS): string {
  const marks: Slots = { requestId: '\u0000request-id\u0000', time: '\u0000time\u0000' };
  return render(marks).replaceAll('%', '%%').replaceAll(marks.requestId, slots.requestId).replaceAll(marks.time, slots.time);
}

/** Cloudflare replaces its own tokens; the Ray ID is what its support asks for. */
export const CLOUDFLARE_SLOTS: Slots = { requestId: '::RAY_ID::', time: '' };
