namespace FiloDiretto.Tickets;

/// <summary>Why the ticket refused a change; <see cref="Holder"/> names who holds it when that is the reason.</summary>
public sealed record Refusal(string Message, string? Holder = null);
