# Missing parentheses in call to 'exec'
exec 'code'
