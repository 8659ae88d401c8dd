using System.Resources;

// The resource files without a culture suffix are Italian: Italian requests need no satellite lookup.
[assembly: NeutralResourcesLanguage("it")]
