namespace OpenAI.Assistants.Generated;

// CUSTOM: the generated page of steps of a run already has Data, HasMore, FirstId and LastId; implementing IListPage<T>
// lets the one generic pagination loop (CursorListing<T>) serve this listing as well as the five others.
public partial class ListRunStepsResponse : IListPage<RunStep>
{
}
