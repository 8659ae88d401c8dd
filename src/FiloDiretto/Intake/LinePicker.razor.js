export function remembered(key) {
    const value = Number.parseInt(localStorage.getItem(key) ?? "", 10);
    return Number.isNaN(value) ? null : value;
}

export function remember(key, number) {
    localStorage.setItem(key, String(number));
}
