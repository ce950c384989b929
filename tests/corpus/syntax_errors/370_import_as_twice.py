# two 'as' in an import
import a as b as c
