// The statuses the drop-in pages stand in for, and where each sends the people who read it.

/** The codes a gateway answers when what is behind it fails; the page re-asks while it sees one of them. */
export const GATEWAY_STATUSES = [502, 503, 504] as const;
export type GatewayStatus = (typeof GATEWAY_STATUSES)[number];

/** One page per status for the servers, and one for Cloudflare, which shows a single page for all its 5xx. */
export type PageStatus = GatewayStatus | '5xx';

/** HTTP reason phrases are protocol text: never translated, marked as English on a Russian page. */
export const REASON_PHRASES: Record<GatewayStatus, string> = {
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

/** The visitor's side of the wizard starts where "I'm trying to open someone else's site" leads. */
export const VISITOR_STEP = 'visitor-reload';

/**
 * The owner step that starts on each status: a 502's cause is usually named in the logs, a 503 most
 * often means the backend is down (Apache's answer when it cannot connect), a 504 a time limit.
 */
export const OWNER_STEPS: Record<PageStatus, string> = {
  502: 'owner-error-logs',
  503: 'owner-backend',
  504: 'owner-timeouts',
  '5xx': 'owner-cloudflare-host',
};
