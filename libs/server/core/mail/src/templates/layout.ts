/** Escapes text for HTML; every value that reaches a template passes through here. */
export function escapeHtml(value: string): string {
  return value.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string,
  );
}

export interface EmailContent {
  subject: string;
  /** Paragraphs of plain text; the HTML part is built from the same words. */
  paragraphs: string[];
  action?: { label: string; url: string };
  /** A closing note in smaller type, e.g. why the recipient got this email. */
  footnote?: string;
}

export interface RenderedEmail {
  subject: string;
  text: string;
  html: string;
}

/** NHS-styled HTML (inline styles, since email clients ignore style sheets) and a plain-text twin. */
export function renderLayout(content: EmailContent): RenderedEmail {
  const text = [
    ...content.paragraphs,
    ...(content.action ? [`${content.action.label}: ${content.action.url}`] : []),
    ...(content.footnote ? ['--', content.footnote] : []),
    'WRES assurance portal',
  ].join('\n\n');
  const paragraphs = content.paragraphs
    .map(
      (p) => `<p style="margin:0 0 16px;font-size:16px;line-height:24px;color:#212b32">${escapeHtml(p)}</p>`,
    )
    .join('\n');
  const action = content.action
    ? `<p style="margin:24px 0"><a href="${escapeHtml(content.action.url)}" style="background:#007f3b;color:#ffffff;padding:12px 16px;font-weight:bold;text-decoration:none;border-radius:4px;display:inline-block">${escapeHtml(content.action.label)}</a></p>
<p style="margin:0 0 16px;font-size:14px;color:#4c6272">If the button does not work, copy this link into your browser: ${escapeHtml(content.action.url)}</p>`
    : '';
  const footnote = content.footnote
    ? `<p style="margin:24px 0 0;font-size:14px;color:#4c6272">${escapeHtml(content.footnote)}</p>`
    : '';
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(content.subject)}</title></head>
<body style="margin:0;background:#f0f4f5;font-family:Arial,sans-serif">
<div style="background:#005eb8;padding:16px 24px"><span style="color:#ffffff;font-size:20px;font-weight:bold">NHS</span> <span style="color:#ffffff;font-size:18px">WRES assurance portal</span></div>
<div style="max-width:640px;margin:0 auto;padding:24px;background:#ffffff">
${paragraphs}
${action}
${footnote}
</div></body></html>`;
  return { subject: content.subject, text, html };
}
