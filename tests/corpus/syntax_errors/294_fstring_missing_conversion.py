# f-string: conversion character missing
x = f'{a!}'
