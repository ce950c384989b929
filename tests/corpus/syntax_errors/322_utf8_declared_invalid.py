# coding: utf-8
x = 'À¯'
