// Loaded once per document: Blazor's enhanced navigation keeps it running from page to page.
const settings = document.querySelector('script[data-idle-seconds]').dataset;
const idleMs = Number(settings.idleSeconds) * 1000;
let lastActivity = Date.now();
let lastRenewal = Date.now();

// The cookie slides only on requests, and an interactive page makes none: activity renews it.
function active() {
    lastActivity = Date.now();
    if (lastActivity - lastRenewal > idleMs / 3) {
        lastRenewal = lastActivity;
        fetch(settings.keepAlive, { credentials: 'same-origin', cache: 'no-store' });
    }
}

for (const type of ['keydown', 'pointerdown', 'wheel', 'touchstart']) {
    addEventListener(type, active, { capture: true, passive: true });
}

setInterval(() => {
    if (Date.now() - lastActivity >= idleMs) {
        location.assign(settings.signOut);
    }
}, Math.min(15000, idleMs / 4));
