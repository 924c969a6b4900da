// The manager's alert feed: alerts from the API, kept current by the live stream, each opening to its story.
"use strict";

const API = "/api/v1";
const SEVERITY_RANK = { critical: 0, warning: 1 };
const TYPE_LABELS = {
  BROKEN_PROMISE: "Broken promise",
  PROMISE_AT_RISK: "Promise at risk",
  DUPLICATE_ESCALATION: "Duplicate escalation",
  STALLED_DEPENDENCY: "Stalled dependency",
  UNROUTED_CONTACT: "Unrouted contact",
};
const CHANNEL_LABELS = { phone: "phone", "main-line": "main line", chat: "chat", email: "email", visit: "visit" };
const WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff\uff00-\uffef]/g;

const state = { user: null, alerts: new Map(), teams: new Map(), parties: new Map(), selected: null, story: null, stream: null };
const $ = (id) => document.getElementById(id);

// ---- text and time ----

/** An element with text; Japanese text is marked lang="ja" so it gets Japanese glyphs. */
function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined && text !== null) {
    node.textContent = text;
    if (mostlyJapanese(String(text))) node.lang = "ja";
  }
  return node;
}

/** Text that is mostly Japanese is marked so; mixed sentences keep the page's language and font stack. */
function mostlyJapanese(text) {
  const letters = text.replace(/[\s\d\p{P}]/gu, "").length;
  return letters > 0 && (text.match(JAPANESE) || []).length / letters > 0.5;
}

/** An RFC 3339 time as the wall time it carries, for a time with no zone to show it in. */
function wallParts(iso) {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.exec(iso || "");
  if (!m) return null;
  const [, y, mo, d, h, mi, offset] = m;
  const weekday = WEEKDAYS[new Date(Date.UTC(+y, +mo - 1, +d)).getUTCDay()];
  const utcOffset = offset === "Z" ? "+00:00" : offset;
  return { date: `${weekday} ${+d}/${+mo}`, time: `${h}:${mi}`, offset: utcOffset, zoneName: `UTC${utcOffset}` };
}

/** The fields of an instant's wall time in an IANA zone, as Intl gives them. */
function zonedFields(instant, zone, options) {
  const format = new Intl.DateTimeFormat("en-US", { timeZone: zone, hourCycle: "h23", ...options });
  return Object.fromEntries(format.formatToParts(instant).map((p) => [p.type, p.value]));
}

/** The zone's offset from UTC at an instant, in minutes. */
function offsetMinutes(zone, instant) {
  const f = zonedFields(instant, zone, { year: "numeric", month: "numeric", day: "numeric", hour: "numeric", minute: "numeric", second: "numeric" });
  const wall = Date.UTC(+f.year, +f.month - 1, +f.day, +f.hour % 24, +f.minute, +f.second);
  return Math.round((wall - Math.floor(instant.getTime() / 1000) * 1000) / 60000);
}

function offsetText(minutes) {
  const abs = Math.abs(minutes);
  return `${minutes < 0 ? "-" : "+"}${String(Math.floor(abs / 60)).padStart(2, "0")}:${String(abs % 60).padStart(2, "0")}`;
}

/**
 * An RFC 3339 time as wall time in the alert's team's zone (teamZone), with the zone's short name,
 * whatever zone the viewer's computer is in.
 */
function parts(iso, zone) {
  const instant = new Date(iso || "");
  if (!zone || !iso || Number.isNaN(instant.getTime())) return wallParts(iso);
  try {
    const f = zonedFields(instant, zone, { weekday: "short", day: "numeric", month: "numeric", hour: "2-digit", minute: "2-digit", timeZoneName: "short" });
    const offset = offsetText(offsetMinutes(zone, instant));
    return { date: `${f.weekday} ${+f.day}/${+f.month}`, time: `${f.hour}:${f.minute}`, offset, zoneName: f.timeZoneName };
  } catch (e) {
    return wallParts(iso);
  }
}

function when(iso, zone) {
  const p = parts(iso, zone);
  return p ? `${p.date} ${p.time}` : iso || "";
}

/** The same, with the zone's short name: "Thu 26/11 10:12 GMT+9". */
function whenInZone(iso, zone) {
  const p = parts(iso, zone);
  return p ? `${p.date} ${p.time} ${p.zoneName}` : iso || "";
}

/** A wall time picked as "YYYY-MM-DDTHH:MM" in an IANA zone, as RFC 3339 with that zone's offset then. */
function wallTimeIn(picked, zone) {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(picked);
  if (!m) return null;
  const asUtc = Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5]);
  let offset = offsetMinutes(zone, new Date(asUtc));
  offset = offsetMinutes(zone, new Date(asUtc - offset * 60000));
  return `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:00${offsetText(offset)}`;
}

function nameOf(id) {
  const party = state.parties.get(id) || (state.story && state.story.parties && state.story.parties[id]);
  return party ? party.name : id || "—";
}

function teamName(id) {
  const team = state.teams.get(id) || (state.story && state.story.teams && state.story.teams[id]);
  return team ? team.name : id || "no team";
}

function duration(iso) {
  const m = /^PT(?:(\d+)H)?(?:(\d+)M)?(?:([\d.]+)S)?$/.exec(iso || "");
  if (!m || (!m[1] && !m[2] && !(+m[3]))) return "not paused";
  return [m[1] && `${m[1]} h`, m[2] && `${m[2]} min`].filter(Boolean).join(" ") || `${m[3]} s`;
}

// ---- the feed ----

function filters() {
  return {
    team: $("filter-team").value,
    type: $("filter-type").value,
    state: $("filter-state").value,
    manager: $("filter-manager").value,
  };
}

function shown(alert, f) {
  if (f.team && alert.team !== f.team) return false;
  if (f.type && alert.type !== f.type) return false;
  if (f.manager && alert.manager !== f.manager) return false;
  if (f.state === "active") return alert.state !== "resolved";
  return !f.state || alert.state === f.state;
}

/** Most severe first, then newest. */
function byUrgency(a, b) {
  const rank = (SEVERITY_RANK[a.severity] ?? 9) - (SEVERITY_RANK[b.severity] ?? 9);
  if (rank !== 0) return rank;
  const time = Date.parse(b.lastRaisedAt) - Date.parse(a.lastRaisedAt);
  return time !== 0 ? time : a.id.localeCompare(b.id);
}

function card(alert, fresh) {
  const item = el("li", `alert ${alert.severity} ${alert.state}`);
  item.dataset.id = alert.id;
  item.dataset.type = alert.type;
  item.dataset.team = alert.team || "";
  item.dataset.state = alert.state;
  if (fresh) item.classList.add("fresh");
  if (alert.id === state.selected) item.classList.add("selected");
  const button = el("button");
  button.type = "button";
  const head = el("span", "head");
  head.append(
    el("span", `chip ${alert.severity}`, alert.severity),
    el("span", "type", TYPE_LABELS[alert.type] || alert.type),
    el("span", `chip state state-${alert.state}`, stateText(alert)),
    el("span", "when", whenInZone(alert.lastRaisedAt, alert.teamZone)),
  );
  if (alert.escalatedFrom) head.append(el("span", "chip escalated", "escalated"));
  const meta = [alert.matterId, teamName(alert.team), alert.manager ? `to ${nameOf(alert.manager)}` : "no manager"];
  if (alert.escalatedFrom) meta.push(`from ${nameOf(alert.escalatedFrom)}`);
  if (alert.occurrences > 1) meta.push(`${alert.occurrences} times`);
  button.append(head, el("span", "summary", alert.summary), el("span", "meta", meta.filter(Boolean).join(" · ")));
  button.addEventListener("click", () => openStory(alert.id));
  item.append(button);
  return item;
}

/** A snoozed alert says until when; its new occurrences arrive as quiet updates, never as fresh alerts. */
function stateText(alert) {
  const until = parts(alert.snoozedUntil, alert.teamZone);
  return alert.state === "snoozed" ? `snoozed until ${until ? until.time : ""}` : alert.state;
}

function render(freshId) {
  const f = filters();
  const visible = [...state.alerts.values()].filter((a) => shown(a, f)).sort(byUrgency);
  $("feed").replaceChildren(...visible.map((a) => card(a, a.id === freshId)));
  $("empty").hidden = visible.length > 0;
  const open = visible.filter((a) => a.state === "open").length;
  $("count").textContent = `${visible.length} alert${visible.length === 1 ? "" : "s"}, ${open} open`;
  const zones = [...new Set(visible.map((a) => a.teamZone).filter(Boolean))].sort();
  if (zones.length) $("zone").textContent = zones.join(", ");
}

function upsert(alert) {
  const isNew = !state.alerts.has(alert.id);
  state.alerts.set(alert.id, alert);
  render(isNew ? alert.id : null);
  if (state.selected === alert.id && state.story) {
    state.story.alert = alert;
    renderStory();
    notificationsOf(alert.id).then((told) => {
      if (state.story && state.selected === alert.id) {
        state.story.notifications = told;
        renderStory();
      }
    });
  }
}

// ---- the story of one alert ----

async function openStory(id) {
  state.selected = id;
  render();
  const response = await fetch(`${API}/alerts/${encodeURIComponent(id)}/story`);
  if (!response.ok) {
    $("story-body").replaceChildren(el("p", "", `This alert's story could not be read (${response.status}).`));
    return;
  }
  state.story = await response.json();
  state.story.alert = state.alerts.get(id) || state.story.alert;
  state.story.notifications = await notificationsOf(id);
  $("action-note").value = "";
  $("action-result").textContent = "";
  renderStory();
  $("story").hidden = false;
  document.querySelector(".panes").classList.add("with-story");
  $("story").scrollTop = 0;
}

/** Who was told of the alert, oldest first (receivers, by which kind, how it went). */
async function notificationsOf(id) {
  const response = await fetch(`${API}/alerts/${encodeURIComponent(id)}/notifications`);
  return response.ok ? response.json() : [];
}

function notificationItem(n, zone) {
  const how = n.status === "sent" ? "sent" : n.status === "held" ? "held" : `failed after ${n.attempts} attempt${n.attempts === 1 ? "" : "s"}`;
  const item = el("li", `told told-${n.status}`, `${when(n.at, zone)} · ${n.event} to ${n.receiver} (${n.kind}${n.to ? `, ${n.to}` : ""}) · ${how}`);
  if (n.error) item.append(el("span", "error", ` — ${n.error}`));
  return item;
}

function closeStory() {
  state.selected = null;
  state.story = null;
  $("story").hidden = true;
  document.querySelector(".panes").classList.remove("with-story");
  render();
}

function facts(pairs) {
  const list = el("dl", "facts");
  for (const [term, value] of pairs) {
    if (value) list.append(el("dt", "", term), el("dd", "", value));
  }
  return list;
}

/** The zone the open story's times are shown in: its alert's team's. */
function storyZone() {
  return state.story && ((state.story.alert && state.story.alert.teamZone) || state.story.zone);
}

function promiseItem(p) {
  const z = storyZone();
  const item = el("li", "promise");
  item.dataset.id = p.id;
  const stateText = p.state === "kept" ? `kept ${when(p.keptAt, z)}` : p.state;
  item.append(el("span", `chip state state-${p.state === "kept" ? "resolved" : "open"}`, stateText));
  item.append(el("strong", "", p.kind === "callback" ? "Callback" : `Promise ${p.id}`));
  item.append(document.createTextNode(" "));
  item.append(el("span", "", `${nameOf(p.madeBy)} → ${nameOf(p.madeTo)}: ${nameOf(p.owner)} will ${{ reply: "reply to", callback: "call back" }[p.kind] || "contact"} ${nameOf(p.target)}`));
  const due = p.dueAfterPauses && p.dueAfterPauses !== p.due ? `${when(p.dueAfterPauses, z)} (was ${when(p.due, z)})` : when(p.due, z);
  item.append(facts([
    ["made", when(p.madeAt, z)],
    ["due", due],
    ["paused", p.pausedNow ? "paused now" : duration(p.pausedFor)],
  ]));
  return item;
}

function timelineItem(entry, showDate) {
  const item = el("li", `event${entry.evidence ? " evidence" : ""}`);
  item.dataset.type = entry.type;
  const stamp = parts(entry.time, storyZone());
  const time = el("time", "", stamp ? (showDate ? `${stamp.date} ${stamp.time}` : stamp.time) : entry.time);
  time.dateTime = entry.time;
  time.title = whenInZone(entry.time, storyZone());
  item.append(time);
  if (entry.channel) item.append(el("span", "chip channel", CHANNEL_LABELS[entry.channel] || entry.channel));
  item.append(el("span", "headline", entry.headline));
  if (entry.says) item.append(el("span", "says", entry.says));
  if (entry.tiedBy) item.append(el("span", "tied", `Tied to this matter: ${entry.tiedBy}`));
  return item;
}

function renderStory() {
  const s = state.story;
  const a = s.alert;
  const z = storyZone();
  const body = [];
  const head = el("div", "head");
  head.append(el("span", `chip ${a.severity}`, a.severity), document.createTextNode(" "), el("span", `chip state state-${a.state}`, stateText(a)));
  body.push(head, el("h2", "", `${TYPE_LABELS[a.type] || a.type}${a.matterId ? ` · ${a.matterId}` : ""}`), el("p", "summary", a.summary));
  body.push(facts([
    ["raised", a.occurrences > 1 ? `${when(a.firstRaisedAt, z)}, last ${when(a.lastRaisedAt, z)} (${a.occurrences} times)` : when(a.firstRaisedAt, z)],
    ["times in", z && `${z} (${(parts(a.firstRaisedAt, z) || {}).zoneName})`],
    ["team", `${teamName(a.team)} · manager ${nameOf(a.manager)}`],
    ["snoozed", a.state === "snoozed" && `until ${when(a.snoozedUntil, z)} by ${nameOf(a.snoozedBy)}`],
    ["escalated", a.escalatedFrom && `${when(a.escalatedAt, z)} from ${nameOf(a.escalatedFrom)} to ${teamName(a.escalationTeam)}`],
    ["acknowledged", a.acknowledgedBy && `by ${nameOf(a.acknowledgedBy)}`],
    ["resolved", a.resolvedBy && `by ${nameOf(a.resolvedBy)} ${when(a.resolvedAt, z)}${a.resolution ? ` — ${a.resolution}` : ""}`],
  ]));
  if (s.matter) {
    const m = s.matter;
    body.push(el("h3", "", "Matter"), facts([
      ["title", m.title],
      ["client", m.client && `${nameOf(m.client)}${orgOf(m.client)}`],
      ["end user", m.endUser && `${nameOf(m.endUser)}${orgOf(m.endUser)}`],
      ["assigned", m.assignee && nameOf(m.assignee)],
      ["opened", when(m.openedAt, z) + (m.urgent ? " · urgent" : "")],
    ]));
  }
  if (s.promises && s.promises.length) {
    const list = el("ul", "promises");
    list.append(...s.promises.map(promiseItem));
    body.push(el("h3", "", "Promises"), list);
  }
  const timeline = el("ol", "timeline");
  timeline.id = "timeline";
  timeline.append(...s.timeline.map((entry, i) => timelineItem(entry, i === 0 || dayOf(entry) !== dayOf(s.timeline[i - 1]))));
  body.push(el("h3", "", "Timeline"), timeline);
  if (a.notes && a.notes.length) {
    const notes = el("ul", "notes");
    notes.append(...a.notes.map((n) => el("li", "", n)));
    body.push(el("h3", "", "Notes"), notes);
  }
  if (s.notifications && s.notifications.length) {
    const told = el("ul", "notifications");
    told.id = "notifications";
    told.append(...s.notifications.map((n) => notificationItem(n, z)));
    body.push(el("h3", "", "Told"), told);
  }
  $("story-body").replaceChildren(...body);
  const resolved = a.state === "resolved";
  $("acknowledge").disabled = resolved || a.state === "acknowledged";
  $("resolve-useful").disabled = resolved;
  $("resolve-noise").disabled = resolved;
  $("snooze").disabled = resolved;
}

function dayOf(entry) {
  const p = parts(entry.time, storyZone());
  return p ? p.date : "";
}

function orgOf(id) {
  const party = state.parties.get(id) || (state.story.parties || {})[id];
  return party && party.organization ? ` (${party.organization})` : "";
}

// ---- acting on an alert ----

async function act(action, verdict) {
  const alert = state.story && state.story.alert;
  const by = state.user;
  if (!alert || !by) return;
  const body = { by, note: $("action-note").value.trim() || null };
  if (verdict) body.verdict = verdict;
  const response = await fetch(`${API}/alerts/${encodeURIComponent(alert.id)}/${action}`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(body),
  });
  if (!response.ok) {
    $("action-result").textContent = `Could not ${action} (${response.status}).`;
    return;
  }
  upsert(await response.json());
  $("action-note").value = "";
  $("action-result").textContent = action === "acknowledge" ? "Acknowledged." : `Resolved as ${verdict}.`;
}

/** Snoozes until the time picked, read as wall time in the alert's team's zone. */
async function snooze() {
  const alert = state.story && state.story.alert;
  const by = state.user;
  const picked = $("snooze-until").value;
  if (!alert || !by || !picked) {
    $("action-result").textContent = "Pick a time to snooze until.";
    return;
  }
  const offset = (parts(alert.lastRaisedAt) || { offset: "+00:00" }).offset;
  const until = (alert.teamZone && wallTimeIn(picked, alert.teamZone)) || `${picked.slice(0, 16)}:00${offset}`;
  const response = await fetch(`${API}/alerts/${encodeURIComponent(alert.id)}/snooze`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ by, until, note: $("action-note").value.trim() || null }),
  });
  if (!response.ok) {
    $("action-result").textContent = `Could not snooze (${response.status}).`;
    return;
  }
  upsert(await response.json());
  $("action-note").value = "";
  $("action-result").textContent = `Snoozed until ${whenInZone(until, alert.teamZone)}.`;
}

// ---- start ----

/** The teams the signed-in user sees, with their managers' names: what the filters offer. */
function loadScope(session) {
  state.user = session.user;
  state.parties.set(session.user, { id: session.user, name: session.name || session.user });
  session.teams.forEach((t) => {
    state.teams.set(t.id, t);
    state.parties.set(t.manager, { id: t.manager, name: t.managerName || t.manager });
  });
  const options = (select, entries) =>
    select.append(...entries.map(([value, label]) => Object.assign(el("option", "", label), { value })));
  options($("filter-team"), session.teams.map((t) => [t.id, t.name]));
  const managers = [...new Set(session.teams.map((t) => t.manager))];
  options($("filter-manager"), managers.map((id) => [id, nameOf(id)]));
  $("viewer").textContent = nameOf(session.user);
  $("viewer").dataset.user = session.user;
  document.querySelector(".viewer").hidden = false;
}

/** Signs in with the form login; the service keeps the user in a cookie. */
async function signIn(event) {
  event.preventDefault();
  const form = new URLSearchParams({ j_username: $("login-user").value.trim(), j_password: $("login-password").value });
  const response = await fetch("/j_security_check", { method: "POST", body: form });
  $("login-password").value = "";
  if (!response.ok) {
    $("login-error").textContent = "That staff id and password do not match.";
    return;
  }
  $("login-error").textContent = "";
  await start();
}

/**
 * Signs out: the service drops the sign-in cookie, and the page forgets the stream, the alerts, the
 * teams and whatever story was open before it shows the sign-in form again.
 */
async function signOut() {
  await fetch(`${API}/session/sign-out`, { method: "POST" });
  if (state.stream) state.stream.close();
  closeStory();
  $("story-body").replaceChildren();
  $("action-note").value = "";
  $("action-result").textContent = "";
  Object.assign(state, { user: null, stream: null, selected: null, story: null });
  for (const map of [state.alerts, state.teams, state.parties]) map.clear();
  for (const id of ["filter-team", "filter-manager"]) $(id).replaceChildren($(id).options[0]);
  for (const id of ["filter-team", "filter-type", "filter-state", "filter-manager"]) $(id).selectedIndex = 0;
  $("feed").replaceChildren();
  $("count").textContent = "";
  $("viewer").textContent = "";
  delete $("viewer").dataset.user;
  document.querySelector(".viewer").hidden = true;
  document.querySelector("main.panes").hidden = true;
  $("live").dataset.state = "signed-out";
  await start();
}

/** Asks who is signed in (no password prompt), and shows the feed or the sign-in form. */
async function start() {
  const session = await fetch(`${API}/session`).then((r) => r.json());
  if (!session.user) {
    $("live").textContent = "Signed out";
    $("login").hidden = false;
    $("login-user").focus();
    return;
  }
  $("login").hidden = true;
  document.querySelector("main.panes").hidden = false;
  loadScope(session);
  render();
  connect();
}

/** A link from a notification (?alert=<id>) opens that alert's story, once. */
function openLinkedStory() {
  const linked = new URLSearchParams(location.search).get("alert");
  if (linked && !state.linkOpened) {
    state.linkOpened = true;
    openStory(linked);
  }
}

function connect() {
  const stream = new EventSource(`${API}/alerts/stream`);
  state.stream = stream;
  stream.addEventListener("alert", (event) => upsert(JSON.parse(event.data)));
  stream.addEventListener("open", async () => {
    const alerts = await fetch(`${API}/alerts`).then((r) => r.json());
    alerts.forEach((a) => state.alerts.set(a.id, a));
    render();
    openLinkedStory();
    $("live").dataset.state = "live";
    $("live").textContent = "Live";
  });
  stream.addEventListener("error", () => {
    $("live").dataset.state = "reconnecting";
    $("live").textContent = "Reconnecting…";
  });
}

document.addEventListener("DOMContentLoaded", async () => {
  for (const id of ["filter-team", "filter-type", "filter-state", "filter-manager"]) {
    $(id).addEventListener("change", () => render());
  }
  $("close-story").addEventListener("click", closeStory);
  $("acknowledge").addEventListener("click", () => act("acknowledge"));
  $("resolve-useful").addEventListener("click", () => act("resolve", "useful"));
  $("resolve-noise").addEventListener("click", () => act("resolve", "noise"));
  $("snooze").addEventListener("click", snooze);
  $("login").addEventListener("submit", signIn);
  $("sign-out").addEventListener("click", signOut);
  await start();
});
