// Enter chooses an option rather than submitting the form (Ctrl+Enter still submits); arrows move in the list, not the caret.
export function attach(input) {
    input.addEventListener("keydown", event => {
        const choosing = event.key === "Enter" && !event.ctrlKey && input.getAttribute("aria-expanded") === "true";
        if (choosing || event.key === "ArrowDown" || event.key === "ArrowUp") {
            event.preventDefault();
        }
    });
    input.addEventListener("focus", () => input.select());
}

export function reveal(id) {
    document.getElementById(id)?.scrollIntoView({ block: "nearest" });
}
