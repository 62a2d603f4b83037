// Byline's clean default look for an exported article: readable measure, quiet header, pull
// quotes set apart, light and dark. A newsroom with its own CSS switches it off in settings.
// The type follows the editor's (renderer/styles/theme.css, layout.css, body.css), so what the
// reporter sees while writing is what readers get: a serif headline, deck and body, sans-serif
// subheads and labels.
const SERIF = `Charter, "Bitstream Charter", "Sitka Text", Cambria, Georgia, serif`;
const SANS = `system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif`;

export const DEFAULT_STYLESHEET = `
:root { color-scheme: light dark; --ink: #1b1b1b; --muted: #5c5c5c; --rule: #d8d8d8; --accent: #9b1c1c; --paper: #fff; }
@media (prefers-color-scheme: dark) { :root { --ink: #e8e6e3; --muted: #a8a49e; --rule: #3a3a3a; --accent: #f08a7e; --paper: #161616; } }
body { margin: 0; background: var(--paper); color: var(--ink); font: 1.125rem/1.6 ${SERIF}; }
article { max-width: 40rem; margin: 0 auto; padding: 2rem 1.25rem 4rem; }
header { margin-bottom: 2rem; border-bottom: 1px solid var(--rule); padding-bottom: 1rem; }
h2, h3, h4 { font-family: ${SANS}; line-height: 1.25; }
h1 { font: 700 2.25rem/1.2 ${SERIF}; margin: 0.25rem 0 0.75rem; }
.kicker { margin: 0; color: var(--accent); font: 600 0.8rem/1.4 ${SANS}; letter-spacing: 0.06em; text-transform: uppercase; }
.deck { margin: 0 0 1rem; font-size: 1.25rem; color: var(--muted); }
.byline, .dateline, .published, .last-updated { margin: 0.15rem 0; font: 0.9rem/1.5 ${SANS}; color: var(--muted); }
.byline-name { color: var(--ink); font-weight: 600; }
.dateline { text-transform: uppercase; letter-spacing: 0.04em; }
a { color: var(--accent); }
blockquote { margin: 1.5rem 0; padding-left: 1rem; border-left: 3px solid var(--rule); }
figure[data-type="pull-quote"] { margin: 2rem 0; padding: 1rem 0; border-top: 2px solid var(--accent); border-bottom: 1px solid var(--rule); }
figure[data-type="pull-quote"] blockquote { margin: 0; padding: 0; border: 0; font-size: 1.5rem; line-height: 1.35; }
figure[data-type="pull-quote"] blockquote p { margin: 0; }
figcaption { margin-top: 0.5rem; font: 0.9rem/1.5 ${SANS}; color: var(--muted); }
hr { border: 0; border-top: 1px solid var(--rule); margin: 2rem 0; }
.updates { margin-top: 3rem; padding-top: 1rem; border-top: 1px solid var(--rule); font: 0.9rem/1.5 ${SANS}; color: var(--muted); }
.updates .correction, .updates .clarification { color: var(--ink); }
.correction-notice { margin: 0.75rem 0 0; padding: 0.5rem 0.75rem; border-left: 3px solid var(--accent); font: 0.95rem/1.5 ${SANS}; color: var(--ink); }
`;
