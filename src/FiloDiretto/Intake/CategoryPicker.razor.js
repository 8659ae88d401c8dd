// Enter chooses an option and never submits the form (Ctrl+Enter does): the list may not be open yet when a fast typist
// presses it, and the server still chooses the first match. Arrows move in the list, not the caret.
export function attach(input) {
    input.addEventListener("keydown", event => {
        const choosing = event.key === "Enter" && !event.ctrlKey && !event.metaKey;
        if (choosing || event.key === "ArrowDown" || event.key === "ArrowUp") {
            event.preventDefault();
        }
    });
    input.addEventListener("focus", () => input.select());
}

export function reveal(id) {
    document.getElementById(id)?.scrollIntoView({ block: "nearest" });
}
