// Hands the CSV to the browser as a file; the BOM lets spreadsheets read the accents as UTF-8.
export function download(name, text) {
    const url = URL.createObjectURL(new Blob(["\uFEFF", text], { type: "text/csv;charset=utf-8" }));
    const link = document.createElement("a");
    link.href = url;
    link.download = name;
    document.body.append(link);
    link.click();
    link.remove();
    URL.revokeObjectURL(url);
}
