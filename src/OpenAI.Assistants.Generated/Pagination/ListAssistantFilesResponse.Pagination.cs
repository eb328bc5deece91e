namespace OpenAI.Assistants.Generated;

// CUSTOM: the generated page of files of an assistant already has Data, HasMore, FirstId and LastId; implementing IListPage<T>
// lets the one generic pagination loop (CursorListing<T>) serve this listing as well as the five others.
public partial class ListAssistantFilesResponse : IListPage<AssistantFile>
{
}
