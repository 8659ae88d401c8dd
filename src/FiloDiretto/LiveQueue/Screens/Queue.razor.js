// The live queue's few browser-side needs: the sound preference, a beep made on the spot (no audio file),
// the filters kept in the address, and telling the page when the user is back at it.
const soundKey = 'filodiretto.coda.avviso-sonoro';
let audio;

export function soundOn() {
    return localStorage.getItem(soundKey) === 'on';
}

export function setSound(on) {
    localStorage.setItem(soundKey, on ? 'on' : 'off');
    if (on) {
        // Played while the click is still a user gesture, so the browser lets later beeps through.
        beep();
    }
}

export function beep() {
    audio ??= new AudioContext();
    audio.resume();
    const start = audio.currentTime;
    const tone = audio.createOscillator();
    const volume = audio.createGain();
    tone.type = 'sine';
    tone.frequency.setValueAtTime(880, start);
    volume.gain.setValueAtTime(0.0001, start);
    volume.gain.exponentialRampToValueAtTime(0.2, start + 0.02);
    volume.gain.exponentialRampToValueAtTime(0.0001, start + 0.25);
    tone.connect(volume).connect(audio.destination);
    tone.start(start);
    tone.stop(start + 0.3);
}

// history.replaceState rather than NavigateTo: with a static router, navigating would render the page again on the server.
export function showAddress(url) {
    if (url !== location.href) {
        history.replaceState(history.state, '', url);
    }
}

// Once armed, the next click or key press on the page tells .NET that the user has seen what arrived.
export function watchInteraction(page) {
    let armed = false;
    const seen = () => {
        if (armed) {
            armed = false;
            page.invokeMethodAsync('Seen');
        }
    };
    document.addEventListener('pointerdown', seen, true);
    document.addEventListener('keydown', seen, true);
    return {
        arm() {
            armed = true;
        },
        dispose() {
            document.removeEventListener('pointerdown', seen, true);
            document.removeEventListener('keydown', seen, true);
        },
    };
}
