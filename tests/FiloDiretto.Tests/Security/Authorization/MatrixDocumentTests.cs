namespace FiloDiretto.Tests.Security.Authorization;

public sealed class MatrixDocumentTests
{
    [Fact]
    public void CommittedMatrixIsTheClassification()
    {
        var committed = File.ReadAllText(MatrixDocument.Path).ReplaceLineEndings("\n");
        var current = MatrixDocument.Rewrite(committed);
        if (Environment.GetEnvironmentVariable("UPDATE_MATRIX") == "1")
        {
            File.WriteAllText(MatrixDocument.Path, current);
            return;
        }

        Assert.True(
            committed == current,
            $"{MatrixDocument.Path} differs from Classification.cs: run UPDATE_MATRIX=1 dotnet test --filter MatrixDocument and commit the result.");
    }
}
