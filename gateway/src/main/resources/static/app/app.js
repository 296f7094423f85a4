// The commitment tracker's dashboard: a few views over the REST API behind this gateway. The API key lives in
// session storage only (never in a URL or a cookie); every figure comes from the API with it. Text from answers is
// only ever put in the page as text nodes, never as markup.

const KEY = 'tracker.apiKey';
const main = document.getElementById('main');
const statusLine = document.getElementById('status');

const STATUSES = ['open', 'in_progress', 'delivered', 'partly_delivered', 'dropped', 'superseded', 'not_measurable'];
const REVIEWS = ['unreviewed', 'accepted', 'confirmed', 'rejected'];
const SORTS = {
  answered: 'Newest answers first', answered_asc: 'Oldest answers first', deadline: 'Earliest deadline first',
  deadline_desc: 'Latest deadline first', days_overdue: 'Most days overdue first', confidence: 'Most confident first',
  confidence_asc: 'Least confident first',
};

let caller = null; // {principal, role}

// ---- DOM helpers: elements from data, text always as text ----

function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith('on')) element.addEventListener(name.slice(2), value);
    else if (value === true) element.setAttribute(name, '');
    else element.setAttribute(name, String(value));
  }
  append(element, children);
  return element;
}

function append(element, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return element;
}

function show(...children) {
  main.replaceChildren(...children.flat(Infinity).filter(Boolean));
  window.scrollTo(0, 0);
  main.focus({ preventScroll: true });
}

function say(message) {
  statusLine.textContent = message;
}

const words = value => value === null || value === undefined ? '' : String(value).replaceAll('_', ' ');
const isEditor = () => caller && (caller.role === 'editor' || caller.role === 'admin');

// ---- the API ----

class ApiError extends Error {
  constructor(status, problem) {
    super(problem && problem.detail ? problem.detail : `The request failed (${status}).`);
    this.status = status;
    this.problem = problem || {};
  }
}

async function api(path, options = {}) {
  const key = sessionStorage.getItem(KEY);
  const headers = { Accept: 'application/json', ...(options.headers || {}) };
  if (key) headers.Authorization = `Bearer ${key}`;
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  const response = await fetch(path, {
    method: options.method || 'GET', headers, credentials: 'omit', cache: 'no-store',
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  if (response.status === 401) {
    signOut('Your key was not accepted; sign in again.');
    throw new ApiError(401, null);
  }
  const type = response.headers.get('content-type') || '';
  const body = type.includes('json') ? await response.json() : null;
  if (!response.ok) throw new ApiError(response.status, body);
  return body;
}

/** Downloads a file the API makes, with the key in the header, not in the link. */
async function download(path, filename) {
  const response = await fetch(path, { headers: { Authorization: `Bearer ${sessionStorage.getItem(KEY)}` }, credentials: 'omit' });
  if (!response.ok) { say(`The export failed (${response.status}).`); return; }
  const url = URL.createObjectURL(await response.blob());
  const link = h('a', { href: url, download: filename });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
  say(`Downloaded ${filename}.`);
}

function problemList(error) {
  const errors = (error.problem && error.problem.errors) || [];
  return h('div', { class: 'problem', role: 'alert' },
    h('p', {}, error.message),
    errors.length ? h('ul', {}, errors.map(e => h('li', {}, h('strong', {}, e.field), ': ', e.message))) : null);
}

// ---- signing in and out ----

function signOut(message) {
  sessionStorage.removeItem(KEY);
  caller = null;
  document.getElementById('nav').hidden = true;
  location.hash = '#/sign-in';
  if (message) say(message);
}

async function signIn(key) {
  sessionStorage.setItem(KEY, key);
  try {
    caller = await api('/api/me');
  } catch (error) {
    sessionStorage.removeItem(KEY);
    throw error;
  }
  showCaller();
}

function showCaller() {
  document.getElementById('who').textContent = `Signed in as ${caller.principal} (${caller.role})`;
  document.getElementById('nav').hidden = false;
}

function signInView() {
  const input = h('input', { id: 'api-key', name: 'apiKey', type: 'password', autocomplete: 'off', required: true, spellcheck: 'false' });
  const errors = h('div');
  const form = h('form', {
    class: 'card narrow', 'aria-labelledby': 'sign-in-title', onsubmit: async event => {
      event.preventDefault();
      errors.replaceChildren();
      try {
        await signIn(input.value.trim());
        input.value = '';
        location.hash = '#/';
      } catch (error) {
        errors.append(h('p', { class: 'problem', role: 'alert' },
          error.status === 401 ? 'That key was not accepted.' : error.message));
      }
    },
  },
  h('h1', { id: 'sign-in-title' }, 'Sign in'),
  h('p', {}, 'Sign in with the API key you were given. It is kept in this browser tab only, until you sign out or close it.'),
  h('label', { for: 'api-key' }, 'API key'), input, errors,
  h('button', { type: 'submit', id: 'sign-in' }, 'Sign in'));
  show(form);
  input.focus();
}

// ---- overview: league table and charts ----

async function overview() {
  const stats = await api('/api/stats?months=12');
  const maxRate = Math.max(0.001, ...stats.departments.map(d => d.overdueRate));
  const maxOverdue = Math.max(1, ...stats.overdueOverTime.map(m => m.overdue));
  show(
    h('h1', {}, 'Overview'),
    h('p', {}, `${stats.commitments} commitments tracked on ${stats.today}.`),
    h('section', { 'aria-labelledby': 'by-status' },
      h('h2', { id: 'by-status' }, 'By status'),
      h('ul', { class: 'counts' }, stats.byStatus.map(s => h('li', {},
        h('a', { href: `#/commitments?status=${s.status}` }, words(s.status)), ' ', h('strong', {}, s.count))))),
    h('section', { 'aria-labelledby': 'league' },
      h('h2', { id: 'league' }, 'Department league table'),
      h('div', { class: 'scroll' }, h('table', { id: 'league-table' },
        h('caption', {}, 'Departments by the share of their commitments that are overdue, highest first'),
        h('thead', {}, h('tr', {}, ['Department', 'Commitments', 'Delivered', 'Overdue', 'Overdue rate', 'Median days late']
          .map(title => h('th', { scope: 'col' }, title)))),
        h('tbody', {}, stats.departments.map(d => h('tr', {},
          h('th', { scope: 'row' }, h('a', { href: `#/commitments?department=${encodeURIComponent(d.department)}` }, d.department)),
          h('td', { class: 'number' }, d.commitments), h('td', { class: 'number' }, d.delivered),
          h('td', { class: 'number' }, h('a', { href: `#/commitments?department=${encodeURIComponent(d.department)}&overdue=true` }, d.overdue)),
          h('td', { class: 'bar-cell' }, h('span', { class: 'bar', 'data-width': Math.round(100 * d.overdueRate / maxRate) }),
            ` ${(100 * d.overdueRate).toFixed(1)}%`),
          h('td', { class: 'number' }, d.medianDaysLate === null ? '–' : d.medianDaysLate))))))),
    h('section', { 'aria-labelledby': 'over-time' },
      h('h2', { id: 'over-time' }, 'Overdue at the end of each month'),
      h('div', { class: 'scroll' }, h('table', { class: 'chart' },
        h('caption', {}, 'How many commitments were overdue at each month end (today, for this month)'),
        h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Month'), h('th', { scope: 'col' }, 'Overdue'))),
        h('tbody', {}, stats.overdueOverTime.map(m => h('tr', {},
          h('th', { scope: 'row' }, m.month),
          h('td', { class: 'bar-cell' }, h('span', { class: 'bar', 'data-width': Math.round(100 * m.overdue / maxOverdue) }), ` ${m.overdue}`))))))));
  sizeBars();
}

/** Bars are sized from data attributes by script, as the content security policy allows no inline styles. */
function sizeBars() {
  for (const bar of main.querySelectorAll('.bar[data-width]')) bar.style.width = `${Math.max(1, Number(bar.dataset.width)) * 0.08}rem`;
}

// ---- the commitments table, with filters and facets ----

const FILTERS = ['q', 'department', 'minister', 'status', 'review', 'overdue', 'dueAfter', 'dueBefore', 'answeredFrom', 'answeredTo', 'sort'];

async function commitments(params) {
  const query = new URLSearchParams();
  for (const name of [...FILTERS, 'page']) if (params.get(name)) query.set(name, params.get(name));
  query.set('size', '25');
  const page = await api(`/api/commitments?${query}&facets=true`);
  const facets = page.facets || {};
  const field = (name, label, control) => h('div', { class: 'field' }, h('label', { for: `f-${name}` }, label), control);
  const select = (name, options, labels = {}) => h('select', { id: `f-${name}`, name },
    h('option', { value: '' }, 'Any'),
    options.map(value => h('option', { value, selected: params.get(name) === value }, labels[value] || words(value))));
  const text = (name, type = 'text') => h('input', { id: `f-${name}`, name, type, value: params.get(name) || '' });
  const departments = (facets.department || []).map(c => c.value);
  if (params.get('department') && !departments.includes(params.get('department'))) departments.unshift(params.get('department'));
  const form = h('form', {
    class: 'filters', role: 'search', 'aria-label': 'Filter commitments', onsubmit: event => {
      event.preventDefault();
      const next = new URLSearchParams();
      for (const [name, value] of new FormData(form)) if (value) next.set(name, value);
      location.hash = `#/commitments?${next}`;
    },
  },
  field('q', 'Keywords', text('q', 'search')),
  field('department', 'Department', select('department', departments)),
  field('minister', 'Minister', text('minister')),
  field('status', 'Status', select('status', STATUSES)),
  field('review', 'Review', select('review', REVIEWS)),
  field('overdue', 'Overdue', select('overdue', ['true', 'false'], { true: 'Overdue only', false: 'Not overdue' })),
  field('dueAfter', 'Due on or after', text('dueAfter', 'date')),
  field('dueBefore', 'Due on or before', text('dueBefore', 'date')),
  field('answeredFrom', 'Answered from', text('answeredFrom', 'date')),
  field('answeredTo', 'Answered to', text('answeredTo', 'date')),
  field('sort', 'Order', select('sort', Object.keys(SORTS), SORTS)),
  h('div', { class: 'actions' }, h('button', { type: 'submit', id: 'apply-filters' }, 'Apply'),
    h('a', { href: '#/commitments', class: 'button secondary' }, 'Clear')));

  const exportQuery = new URLSearchParams(query);
  exportQuery.delete('page');
  exportQuery.delete('size');
  const facetList = (name, title) => (facets[name] || []).length ? h('section', { class: 'facet' },
    h('h3', {}, title),
    h('ul', {}, facets[name].slice(0, 12).map(c => {
      const next = new URLSearchParams(query);
      next.delete('page');
      next.delete('size');
      const param = name === 'deadlineKind' || name === 'year' ? null : name;
      if (param) next.set(param, c.value);
      return h('li', {}, param ? h('a', { href: `#/commitments?${next}` }, words(c.value)) : words(c.value), ' ', h('span', { class: 'count' }, c.count));
    }))) : null;

  const totalPages = Math.max(1, Math.ceil(page.total / page.size));
  const pageLink = (number, label) => {
    const next = new URLSearchParams(query);
    next.delete('size');
    next.set('page', number);
    return h('a', { href: `#/commitments?${next}`, class: 'button secondary' }, label);
  };
  show(
    h('h1', {}, 'Commitments'),
    form,
    h('div', { class: 'with-facets' },
      h('aside', { 'aria-label': 'Facets' }, facetList('status', 'Status'), facetList('department', 'Department'),
        facetList('minister', 'Minister'), facetList('review', 'Review'), facetList('deadlineKind', 'Deadline kind'),
        facetList('year', 'Year answered')),
      h('section', { 'aria-labelledby': 'results' },
        h('h2', { id: 'results' }, `${page.total} found`),
        h('p', { class: 'actions' },
          h('button', { type: 'button', class: 'secondary', id: 'export-csv', onclick: () => download(`/api/commitments/export.csv?${exportQuery}`, 'commitments.csv') }, 'Download CSV'),
          h('button', { type: 'button', class: 'secondary', onclick: () => download(`/api/commitments/export.json?${exportQuery}`, 'commitments.json') }, 'Download JSON')),
        commitmentTable(page.items),
        h('nav', { class: 'pager', 'aria-label': 'Pages' },
          page.page > 0 ? pageLink(page.page - 1, 'Previous page') : null,
          h('span', {}, ` Page ${page.page + 1} of ${totalPages} `),
          page.page + 1 < totalPages ? pageLink(page.page + 1, 'Next page') : null))));
}

function commitmentTable(items, extraColumn) {
  if (!items.length) return h('p', {}, 'No commitments match.');
  return h('div', { class: 'scroll' }, h('table', { id: 'commitments-table' },
    h('thead', {}, h('tr', {}, ['Action', 'Department', 'Deadline', 'Status', 'Review', 'Confidence', extraColumn ? extraColumn.title : null]
      .filter(Boolean).map(title => h('th', { scope: 'col' }, title)))),
    h('tbody', {}, items.map(c => h('tr', { class: c.overdue ? 'overdue' : null, 'data-id': c.id },
      h('th', { scope: 'row' }, h('a', { href: `#/commitment/${encodeURIComponent(c.id)}` }, c.action)),
      h('td', {}, c.source.department),
      h('td', {}, deadlineText(c), c.overdue ? h('span', { class: 'flag' }, ` Overdue, ${c.daysOverdue} days`) : null),
      h('td', {}, words(c.status)),
      h('td', {}, words(c.review)),
      h('td', { class: 'number' }, c.confidence.toFixed(2)),
      extraColumn ? h('td', {}, extraColumn.cell(c)) : null)))));
}

function deadlineText(c) {
  if (!c.deadline || !c.deadline.date) return c.deadline && c.deadline.text ? `${c.deadline.text} (no date)` : 'None';
  return `${c.deadline.date}${c.deadline.text ? ` (${c.deadline.text})` : ''}`;
}

// ---- one commitment ----

async function commitmentPage(id) {
  const c = await api(`/api/commitments/${encodeURIComponent(id)}`);
  let answer = null;
  try {
    answer = await api(`/api/commitments/${encodeURIComponent(id)}/answer`);
  } catch (error) {
    if (error.status !== 404) throw error;
  }
  const dl = (...pairs) => h('dl', { class: 'facts' }, pairs.filter(p => p[1] !== null && p[1] !== undefined && p[1] !== '')
    .flatMap(([term, value]) => [h('dt', {}, term), h('dd', {}, value)]));
  show(
    h('p', {}, h('a', { href: '#/commitments' }, 'All commitments')),
    h('h1', { id: 'commitment-title' }, c.action),
    c.overdue ? h('p', { class: 'flag banner-flag' }, `Overdue by ${c.daysOverdue} days`) : null,
    !c.tracked ? h('p', { class: 'notice' }, c.withdrawn ? 'The question was withdrawn: this commitment is not tracked.'
      : !c.inLatestAnswer ? 'A later version of the answer no longer carries this commitment: it is not tracked.'
        : 'Rejected in review: not tracked.') : null,
    dl(['Department', c.source.department], ['Minister', c.source.minister], ['Answered', c.source.dateAnswered],
      ['Heading', c.source.heading],
      ['Source', c.source.sourceUrl ? h('a', { href: c.source.sourceUrl, rel: 'noopener noreferrer' }, c.source.sourceUrl) : null],
      ['Deadline', `${deadlineText(c)} — ${words(c.deadline ? c.deadline.kind : 'none')}`],
      ['Status', words(c.status)], ['Review', words(c.review)], ['Strength', words(c.strength)],
      ['Engine confidence', c.confidence.toFixed(2)], ['Missing measure', c.missingMeasure],
      ['The engine found', c.edited && (c.edited.action || c.edited.strength || c.edited.deadline)
        ? `${c.found.action}; ${words(c.found.strength)}; ${deadlineText({ deadline: c.found.deadline })}` : null],
      ['Version', c.version]),
    h('section', { 'aria-labelledby': 'answer-title' },
      h('h2', { id: 'answer-title' }, 'In the answer'),
      answerWithQuote(answer, c)),
    c.suggestion ? suggestionBox(c) : null,
    isEditor() ? editorForms(c) : null,
    h('section', { 'aria-labelledby': 'thread-title' },
      h('h2', { id: 'thread-title' }, 'Thread'),
      c.thread.length ? h('ul', { id: 'thread' }, c.thread.map(link => h('li', {},
        link.later ? 'Later: ' : 'Earlier: ',
        link.commitmentId ? h('a', { href: `#/commitment/${encodeURIComponent(link.commitmentId)}` }, link.text) : `“${link.text}”`,
        ` — ${link.department}, ${link.dateAnswered}`, link.by === 'commitments-service' ? ' (found by the tracker)' : ` (linked by ${link.by})`,
        isEditor() && link.commitmentId ? [' ', h('button', {
          type: 'button', class: 'link unlink', onclick: async () => {
            try {
              await api(`/api/commitments/${encodeURIComponent(c.id)}/links/${encodeURIComponent(link.commitmentId)}?version=${c.version}`, { method: 'DELETE' });
              say('Unlinked.');
              await commitmentPage(c.id);
            } catch (error) {
              say(error.message);
            }
          },
        }, 'Unlink')] : null)))
        : h('p', {}, 'No later answer has been linked to this commitment yet.')),
    c.evidence.length ? h('section', { 'aria-labelledby': 'evidence-title' },
      h('h2', { id: 'evidence-title' }, 'Evidence'),
      h('ul', { id: 'evidence' }, c.evidence.map(e => h('li', {},
        h('a', { href: e.url, rel: 'noopener noreferrer' }, e.title), e.date ? ` (${e.date})` : '')))) : null,
    h('section', { 'aria-labelledby': 'history-title' },
      h('h2', { id: 'history-title' }, 'History'),
      h('ol', { id: 'history', reversed: true }, [...c.history].reverse().map(change => h('li', {},
        h('strong', {}, words(change.kind)), ` by ${change.by}, ${new Date(change.at).toLocaleString('en-GB')} (version ${change.version})`,
        change.note ? h('p', {}, change.note) : null,
        change.fields.length ? h('ul', {}, change.fields.map(f => h('li', {}, `${words(f.field)}: ${f.from ?? 'none'} → ${f.to ?? 'none'}`))) : null,
        change.evidence.length ? h('ul', {}, change.evidence.map(e => h('li', {}, 'Evidence: ',
          h('a', { href: e.url, rel: 'noopener noreferrer' }, e.title)))) : null)))));
}

/** What later text suggests, with a button for editors that records it with its evidence. */
function suggestionBox(c) {
  const s = c.suggestion;
  return h('section', { class: 'notice', id: 'suggestion', 'aria-labelledby': 'suggestion-title' },
    h('h2', { id: 'suggestion-title' }, `Suggested: ${words(s.status)}`),
    h('p', {}, 'A later answer says: ', h('q', {}, s.text)),
    h('p', {}, 'Evidence: ', h('a', { href: s.evidence.url, rel: 'noopener noreferrer' }, s.evidence.title),
      s.evidence.date ? ` (${s.evidence.date})` : ''),
    isEditor() ? h('button', {
      type: 'button', id: 'accept-suggestion', onclick: async () => {
        try {
          await api(`/api/commitments/${encodeURIComponent(c.id)}/status`, {
            method: 'POST',
            body: { version: c.version, status: s.status, note: `Accepted the suggestion: ${s.text}`, evidence: [s.evidence] },
          });
          say(`Recorded as ${words(s.status)}.`);
          await commitmentPage(c.id);
        } catch (error) {
          say(error.message);
        }
      },
    }, `Accept: mark ${words(s.status)}`) : null);
}

/** The answer's text with the quote marked, built from text nodes and one mark element. */
function answerWithQuote(answer, c) {
  if (!answer) return h('blockquote', { class: 'answer' }, h('mark', { id: 'quote' }, c.quote.text));
  const { start, end } = c.quote;
  const fits = answer.inLatestAnswer && answer.text.slice(start, end) === c.quote.text;
  if (!fits) {
    return h('div', {}, h('blockquote', { class: 'answer' }, h('mark', { id: 'quote' }, c.quote.text)),
      h('p', { class: 'notice' }, 'The answer has changed since; its latest text is below.'),
      h('blockquote', { class: 'answer' }, answer.text));
  }
  return h('blockquote', { class: 'answer', id: 'answer' },
    answer.text.slice(0, start), h('mark', { id: 'quote' }, answer.text.slice(start, end)), answer.text.slice(end));
}

function editorForms(c) {
  const id = encodeURIComponent(c.id);
  const form = (title, formId, fields, submit, makeBody, path, method = 'POST') => {
    const errors = h('div');
    const element = h('form', {
      id: formId, class: 'card', 'aria-labelledby': `${formId}-title`, onsubmit: async event => {
        event.preventDefault();
        errors.replaceChildren();
        try {
          await api(path, { method, body: { version: c.version, ...makeBody(new FormData(element), event.submitter) } });
          say(`${title}: saved.`);
          await commitmentPage(c.id);
        } catch (error) {
          errors.append(problemList(error));
        }
      },
    }, h('h3', { id: `${formId}-title` }, title), fields, errors, submit);
    return element;
  };
  const input = (name, label, type = 'text', attributes = {}) => h('div', { class: 'field' },
    h('label', { for: `${name}-input` }, label), h('input', { id: `${name}-input`, name, type, ...attributes }));
  const area = (name, label) => h('div', { class: 'field' }, h('label', { for: `${name}-input` }, label),
    h('textarea', { id: `${name}-input`, name, rows: 2 }));
  const value = (data, name) => (data.get(name) || '').trim() || undefined;
  return h('section', { 'aria-labelledby': 'edit-title', class: 'editor' },
    h('h2', { id: 'edit-title' }, 'Record what staff found'),
    form('Review', 'review-form', [area('review-note', 'Note (a rejection needs its reason)')],
      h('div', { class: 'actions' },
        h('button', { type: 'submit', name: 'decision', value: 'confirmed', id: 'confirm' }, 'Confirm'),
        h('button', { type: 'submit', name: 'decision', value: 'rejected', class: 'danger', id: 'reject' }, 'Reject')),
      (data, submitter) => ({ decision: submitter.value, note: value(data, 'review-note') }), `/api/commitments/${id}/review`),
    form('Status', 'status-form', [
      h('div', { class: 'field' }, h('label', { for: 'status-input' }, 'New status'),
        h('select', { id: 'status-input', name: 'status' }, STATUSES.map(s => h('option', { value: s, selected: s === c.status }, words(s))))),
      area('status-note', 'Note'),
      h('fieldset', {}, h('legend', {}, 'Evidence link (needed for delivered and partly delivered)'),
        input('evidence-url', 'Link', 'url'), input('evidence-title', 'Title'), input('evidence-date', 'Published on', 'date')),
      input('missing-measure', 'Missing measure (for not measurable)')],
    h('button', { type: 'submit', id: 'save-status' }, 'Save status'),
    data => {
      const url = value(data, 'evidence-url');
      return {
        status: data.get('status'), note: value(data, 'status-note'), missingMeasure: value(data, 'missing-measure'),
        evidence: url || value(data, 'evidence-title') ? [{ url, title: value(data, 'evidence-title'), date: value(data, 'evidence-date') }] : [],
      };
    }, `/api/commitments/${id}/status`),
    form('Deadline', 'deadline-form', [input('deadline-date', 'Revised deadline', 'date'),
      input('deadline-text', 'In the words of the source'), area('deadline-note', 'Note')],
    h('button', { type: 'submit', id: 'save-deadline' }, 'Revise deadline'),
    data => ({ date: value(data, 'deadline-date'), text: value(data, 'deadline-text'), note: value(data, 'deadline-note') }),
    `/api/commitments/${id}/deadline`),
    form('Link to another commitment', 'link-form', [input('link-id', 'The other commitment\'s id'), area('link-note', 'Note')],
      h('button', { type: 'submit', id: 'save-link' }, 'Link'),
      data => ({ commitmentId: value(data, 'link-id'), note: value(data, 'link-note') }), `/api/commitments/${id}/links`),
    form('Action and strength', 'edit-form', [input('edit-action', 'Action', 'text', { value: c.action }),
      h('div', { class: 'field' }, h('label', { for: 'edit-strength-input' }, 'Strength'),
        h('select', { id: 'edit-strength-input', name: 'strength' }, ['firm', 'weak'].map(s => h('option', { value: s, selected: s === c.strength }, s)))),
      area('edit-note', 'Note')],
    h('button', { type: 'submit', id: 'save-edit' }, 'Save'),
    data => {
      const action = value(data, 'edit-action');
      const strength = data.get('strength');
      return { action: action !== c.action ? action : undefined, strength: strength !== c.strength ? strength : undefined, note: value(data, 'edit-note') };
    }, `/api/commitments/${id}`, 'PATCH'));
}

// ---- the review queue ----

async function reviewQueue() {
  const page = await api('/api/commitments?review=unreviewed&sort=confidence&size=50');
  show(
    h('h1', {}, 'Review queue'),
    h('p', {}, `${page.total} commitments the engine was not sure enough of, most confident first. `,
      isEditor() ? 'Confirm one here, or open it to reject it with a reason or correct it.' : 'Editors review them.'),
    commitmentTable(page.items, isEditor() ? {
      title: 'Review',
      cell: c => h('button', {
        type: 'button', class: 'secondary confirm-row', 'aria-label': `Confirm: ${c.action}`, onclick: async () => {
          try {
            await api(`/api/commitments/${encodeURIComponent(c.id)}/review`, { method: 'POST', body: { version: c.version, decision: 'confirmed' } });
            say(`Confirmed: ${c.action}`);
            await reviewQueue();
          } catch (error) {
            say(error.message);
          }
        },
      }, 'Confirm'),
    } : null));
}

// ---- routing ----

async function route() {
  const hash = location.hash || '#/';
  const [path, queryString] = hash.slice(1).split('?');
  if (!sessionStorage.getItem(KEY)) {
    if (path !== '/sign-in') { location.hash = '#/sign-in'; return; }
    signInView();
    return;
  }
  try {
    if (!caller) {
      caller = await api('/api/me');
      showCaller();
    }
    say('');
    const params = new URLSearchParams(queryString || '');
    if (path === '/sign-in') location.hash = '#/';
    else if (path === '/' || path === '') await overview();
    else if (path === '/commitments') await commitments(params);
    else if (path.startsWith('/commitment/')) await commitmentPage(decodeURIComponent(path.slice('/commitment/'.length)));
    else if (path === '/review') await reviewQueue();
    else show(h('h1', {}, 'Not found'), h('p', {}, h('a', { href: '#/' }, 'Back to the overview')));
    document.title = `${main.querySelector('h1') ? main.querySelector('h1').textContent : 'Dashboard'} – Commitment tracker`;
  } catch (error) {
    if (error.status !== 401) show(h('h1', {}, 'Something went wrong'), problemList(error));
  }
}

document.getElementById('sign-out').addEventListener('click', () => signOut('Signed out.'));
window.addEventListener('hashchange', route);
route();
