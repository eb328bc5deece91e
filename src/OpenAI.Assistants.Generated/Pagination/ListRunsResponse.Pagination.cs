namespace OpenAI.Assistants.Generated;

// CUSTOM: the generated page of runs of a thread already has Data, HasMore, FirstId and LastId; implementing IListPage<T>
// lets the one generic pagination loop (CursorListing<T>) serve this listing as well as the five others.
public partial class ListRunsResponse : IListPage<ThreadRun>
{
}
