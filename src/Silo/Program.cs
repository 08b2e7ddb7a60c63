using Livepeer.Silo.Hosting;

var builder = Host.CreateApplicationBuilder(args);
builder.AddLivepeerSilo();
await builder.Build().RunAsync();
