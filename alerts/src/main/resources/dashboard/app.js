// Entente live dashboard: loads GET /alerts, then follows GET /alerts/stream (server-sent events).
// Security: every value that comes from an article (evidence, headline, place, sources...) is written with
// textContent or as an attribute value, never parsed as HTML; links are kept only for http(s) URLs.
'use strict';

(function () {
  const TYPE_LABELS = {
    CEASEFIRE_START: 'Ceasefire start',
    CEASEFIRE_EXTENSION: 'Ceasefire extension',
    SECURITY_COUNCIL_MEETING: 'Security Council meeting',
    RESOLUTION_ADOPTED: 'Resolution adopted',
    TALKS_SCHEDULED: 'Talks scheduled'
  };
  const CONFIDENCE_RANK = { LOW: 0, MEDIUM: 1, HIGH: 2 };
  const MAX_SHOWN = 500;

  const alerts = new Map(); // id -> alert (latest version seen)
  const fresh = new Set();  // ids changed since the last render, highlighted once
  let stream = null;        // the EventSource on /alerts/stream
  const list = document.getElementById('alerts');
  const typeFilter = document.getElementById('type-filter');
  const confidenceFilter = document.getElementById('confidence-filter');

  function upsert(alert) {
    const known = alerts.get(alert.id);
    if (known && known.version >= alert.version) {
      return false;
    }
    alerts.set(alert.id, alert);
    return true;
  }

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function field(label, value, className) {
    const row = el('div', 'field ' + (className || ''));
    row.appendChild(el('span', 'label', label));
    const v = el('span', 'value', value);
    v.dir = 'auto';
    row.appendChild(v);
    return row;
  }

  // ISO-8601 duration to words: PT48H -> "48 hours", P2M -> "2 months"; anything else is shown as given.
  function duration(iso) {
    const m = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?)?$/.exec(String(iso));
    if (!m) return String(iso);
    const units = ['year', 'month', 'week', 'day', 'hour', 'minute'];
    const parts = units.map((u, i) => m[i + 1] ? m[i + 1] + ' ' + u + (m[i + 1] === '1' ? '' : 's') : null)
        .filter(Boolean);
    return parts.length ? parts.join(' ') : String(iso);
  }

  function when(alert) {
    let text = alert.date;
    if (alert.time) text += ' ' + alert.time + (alert.offset ? ' (UTC' + alert.offset + ')' : '');
    if (alert.duration) text += ' · for ' + duration(alert.duration);
    if (alert.until) text += ' · until ' + alert.until;
    return text;
  }

  function minutes(instant) {
    return new Date(instant).toISOString().slice(0, 16).replace('T', ' ');
  }

  function card(alert) {
    const item = el('li', 'alert confidence-' + String(alert.confidence).toLowerCase());
    item.dataset.alertId = alert.id;
    item.dataset.type = alert.type;
    if (fresh.has(alert.id)) item.classList.add('fresh');

    const head = el('div', 'head');
    head.appendChild(el('span', 'type', TYPE_LABELS[alert.type] || alert.type));
    head.appendChild(el('span', 'date', when(alert)));
    const place = el('span', 'place', alert.place || 'place not stated');
    place.dir = 'auto';
    head.appendChild(place);
    head.appendChild(el('span', 'badge confidence', alert.confidence));
    head.appendChild(el('span', 'badge status status-' + String(alert.status).toLowerCase(), alert.status));
    item.appendChild(head);

    const quote = el('blockquote', 'evidence', alert.evidence);
    quote.dir = 'auto';
    item.appendChild(quote);

    const source = el('div', 'field headline-row');
    source.appendChild(el('span', 'label', 'First report'));
    const headline = el('a', 'headline', alert.headline || '(untitled: ' + alert.evidenceArticle + ')');
    headline.dir = 'auto';
    if (alert.url && /^https?:\/\//i.test(alert.url)) {
      headline.href = alert.url;
      headline.target = '_blank';
      headline.rel = 'noopener noreferrer';
    }
    source.appendChild(headline);
    item.appendChild(source);

    item.appendChild(field('Sources (' + alert.sources.length + ')', alert.sources.join(' · '), 'sources'));
    item.appendChild(field('Languages', (alert.languages || []).join(', '), 'languages'));
    item.appendChild(field('Articles', String(alert.articles.length), 'articles'));
    const first = minutes(alert.firstSeen);
    const last = minutes(alert.lastSeen);
    item.appendChild(field('Reported', (first === last ? first : first + ' → ' + last) + ' UTC', 'seen'));
    if (alert.revisionOf) {
      item.appendChild(field('May revise', alert.revisionOf, 'revision'));
    }
    return item;
  }

  function visible(alert) {
    if (typeFilter.value && alert.type !== typeFilter.value) return false;
    const min = confidenceFilter.value;
    return !min || CONFIDENCE_RANK[alert.confidence] >= CONFIDENCE_RANK[min];
  }

  function render() {
    const shown = Array.from(alerts.values()).filter(visible)
        .sort((a, b) => Date.parse(b.lastSeen) - Date.parse(a.lastSeen) || (a.id < b.id ? -1 : 1))
        .slice(0, MAX_SHOWN);
    const nodes = shown.map(card);
    list.replaceChildren(...nodes);
    fresh.clear();
    document.getElementById('count').textContent =
        shown.length + (shown.length === 1 ? ' alert' : ' alerts') + (alerts.size !== shown.length ? ' of ' + alerts.size : '');
    document.getElementById('empty').hidden = alerts.size > 0;
  }

  function setConnection(state, text) {
    document.body.dataset.stream = state;
    document.getElementById('connection').textContent = text;
  }

  async function reload() {
    const response = await fetch('/alerts', { headers: { Accept: 'application/json' } });
    if (!response.ok) throw new Error('GET /alerts: ' + response.status);
    (await response.json()).forEach(upsert);
    render();
    if (stream && stream.readyState === EventSource.OPEN) setConnection('open', 'live');
  }

  function follow() {
    stream = new EventSource('/alerts/stream');
    stream.onopen = () => setConnection('open', 'live');
    stream.onerror = () => setConnection('reconnecting', 'reconnecting…');
    stream.addEventListener('alert', (event) => {
      const alert = JSON.parse(event.data);
      if (upsert(alert)) {
        fresh.add(alert.id);
        render();
      }
    });
    // The server no longer holds every change since our last event id: reload the current state.
    stream.addEventListener('reset', () => reload().catch(console.error));
  }

  typeFilter.addEventListener('change', render);
  confidenceFilter.addEventListener('change', render);
  // Subscribe first, then load: a change arriving in between is kept by version, whichever comes first.
  follow();
  // The service answers 503 while its store starts or rebalances: retry until it loads.
  (function load() {
    reload().catch((e) => {
      setConnection('error', 'cannot load alerts (' + e.message + '), retrying…');
      setTimeout(load, 2000);
    });
  })();
})();
