using Livepeer.Silo.Hosting;

var builder = Host.CreateApplicationBuilder(args);
builder.AddLivepeerSilo();
await builder.Build().RunAsync();

// Kept internal (the Web SDK would make it public): test projects reference both hosts, and two public
// global Program types would clash there.
internal sealed partial class Program;
