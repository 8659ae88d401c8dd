// Keyboard shortcuts of the intake: Ctrl+Enter records from any field, Alt+1…9 appends the call to an open ticket.
export function listen(form) {
    // A field bound on "change" has not told the server its value while it still has focus.
    const commit = () => {
        const field = document.activeElement;
        if (field && form.contains(field)) {
            field.dispatchEvent(new Event("change", { bubbles: true }));
        }
    };

    const onKeyDown = event => {
        if (event.key === "Enter" && (event.ctrlKey || event.metaKey) && form.contains(event.target)) {
            event.preventDefault();
            commit();
            form.requestSubmit();
        } else if (event.altKey && !event.ctrlKey && /^Digit[1-9]$/.test(event.code)) {
            const button = document.querySelector(`[aria-keyshortcuts="Alt+${event.code.slice(5)}"]`);
            if (button && !button.disabled) {
                event.preventDefault();
                commit();
                button.click();
            }
        }
    };

    document.addEventListener("keydown", onKeyDown);
    return { stop: () => document.removeEventListener("keydown", onKeyDown) };
}

export function focus(id) {
    document.getElementById(id)?.focus();
}
