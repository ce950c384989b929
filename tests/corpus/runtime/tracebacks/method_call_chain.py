# uncaught error in a method called through a chain of methods: frame names are function names (no class prefix in 3.11).
class Service:
    def handle(self, request):
        return self.validate(request)
    def validate(self, request):
        return request['id'] + 1
Service().handle({'name': 'x'})
