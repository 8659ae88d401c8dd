using FiloDiretto.Accounts;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

namespace FiloDiretto.Administration;

/// <summary>
/// What the administration pages share: the administrator, one change at a time with a visible busy state, its
/// confirmation or refusal, messages by field, and focus moved to the form when a row is picked for editing.
/// </summary>
public abstract class AdministrationPage : ComponentBase
{
    private static readonly IDictionary<string, string[]> NoErrors = new Dictionary<string, string[]>();
    private bool _focusForm;

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    protected Actor Admin { get; private set; } = default!;

    protected bool Busy { get; private set; }

    protected string? Confirmation { get; private set; }

    protected string? Refusal { get; private set; }

    protected IDictionary<string, string[]> Errors { get; private set; } = NoErrors;

    /// <summary>The heading of the page's form, focused after <see cref="FocusForm"/>.</summary>
    protected ElementReference FormTitle { get; set; }

    protected override async Task OnInitializedAsync()
    {
        Admin = Actor.From((await AuthenticationState).User);
        await LoadAsync();
    }

    protected abstract Task LoadAsync();

    /// <summary>Runs one change; when done, announces <paramref name="done"/> and reloads. Typed values stay on any other outcome.</summary>
    protected async Task<bool> RunAsync(Func<CancellationToken, Task<AdminOutcome>> change, string done)
    {
        if (Busy)
        {
            return false;
        }

        Busy = true;
        ClearMessages();
        try
        {
            var outcome = await change(CancellationToken.None);
            Errors = outcome.Errors ?? NoErrors;
            Refusal = outcome.Kind is AdminOutcomeKind.Refused or AdminOutcomeKind.NotFound ? outcome.Message : null;
            if (outcome.Kind != AdminOutcomeKind.Done)
            {
                return false;
            }

            Confirmation = done;
            await LoadAsync();
            return true;
        }
        finally
        {
            Busy = false;
        }
    }

    protected void ClearMessages()
    {
        Confirmation = null;
        Refusal = null;
        Errors = NoErrors;
    }

    protected void FocusForm() => _focusForm = true;

    /// <summary>aria-invalid and aria-describedby for an input whose field has messages (Field renders them as "{id}-errore").</summary>
    protected IReadOnlyDictionary<string, object> Invalid(string field) =>
        Errors.ContainsKey(field)
            ? new Dictionary<string, object> { ["aria-invalid"] = "true", ["aria-describedby"] = $"{field}-errore" }
            : new Dictionary<string, object>();

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (_focusForm)
        {
            _focusForm = false;
            await FormTitle.FocusAsync();
        }
    }
}
