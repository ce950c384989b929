// The runtime assembly: object model (Objects/), the VM (Interpreter/), exceptions (Exceptions/),
// the binding layer between C# methods and Python callables (Binding/), the abstract object protocols
// (Protocols/) and formatting algorithms (Formatting/).
